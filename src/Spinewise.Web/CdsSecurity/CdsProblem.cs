using Microsoft.AspNetCore.Http.HttpResults;

namespace Spinewise.Web.CdsSecurity;

/// <summary>The 401 problem document (RFC 9457) of a refused CDS Hooks token.</summary>
internal static class CdsProblem
{
    public const string Type = "urn:spinewise:problem:invalid-token";

    /// <summary>
    /// 401 saying only whether a token was missing or refused; why it was refused (which claim, which value) goes to
    /// the server's log only, so a caller probing the service learns nothing about the configuration.
    /// </summary>
    public static ProblemHttpResult Unauthorized(CdsTokenFailure failure) =>
        TypedResults.Problem(
            failure == CdsTokenFailure.Missing
                ? "A CDS Hooks call needs an Authorization: Bearer header holding the EHR's signed JWT."
                : "The bearer token was not accepted (CDS Hooks 2.0, Trusting CDS Clients).",
            type: Type,
            title: "Unauthorized",
            statusCode: StatusCodes.Status401Unauthorized);
}
