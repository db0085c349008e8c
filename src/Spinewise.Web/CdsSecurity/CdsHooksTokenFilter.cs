using Microsoft.Extensions.Options;
using Spinewise.Web.Problems;

namespace Spinewise.Web.CdsSecurity;

/// <summary>
/// The endpoint filter of every CDS Hooks route: verifies the call's JWT against the endpoint URL called and either
/// sets <see cref="CdsCaller"/> as a request feature and runs the endpoint, or answers 401 (problem+json,
/// <c>WWW-Authenticate: Bearer</c>) without running it. The reason is logged; the token never is.
/// </summary>
internal sealed partial class CdsHooksTokenFilter(CdsTokenVerifier verifier, IOptions<CdsHooksSecurityOptions> options, ILogger<CdsHooksTokenFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var settings = options.Value;
        if (!settings.VerifyTokens || HttpMethods.IsOptions(http.Request.Method))
        {
            http.Features.Set(CdsCaller.Unverified);
            return await next(context).ConfigureAwait(false);
        }

        var audience = Audience(http.Request, settings.PublicBaseUrl);
        var verification = await verifier.VerifyAsync(http.Request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null, audience, http.RequestAborted).ConfigureAwait(false);
        if (verification.Caller is { } caller)
        {
            http.Features.Set(caller);
            return await next(context).ConfigureAwait(false);
        }

        LogRefused(logger, http.Request.Method, http.Request.Path.Value ?? "", verification.Failure, verification.Reason);
        http.Response.Headers.WWWAuthenticate = verification.Failure == CdsTokenFailure.Missing
            ? "Bearer realm=\"cds-hooks\""
            : "Bearer realm=\"cds-hooks\", error=\"invalid_token\"";
        return CdsProblem.Unauthorized(verification.Failure);
    }

    /// <summary>The <c>aud</c> a token for this request must carry: the public base URL and the path, or the request's own URL.</summary>
    public static string Audience(HttpRequest request, string? publicBaseUrl) =>
        string.IsNullOrWhiteSpace(publicBaseUrl)
            ? $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}{request.Path.ToUriComponent()}"
            : publicBaseUrl.TrimEnd('/') + request.Path.ToUriComponent();

    [LoggerMessage(Level = LogLevel.Warning, Message = "CDS Hooks call {Method} {Path:l} refused ({Failure}): {Reason:l}")]
    private static partial void LogRefused(ILogger logger, string method, string path, CdsTokenFailure failure, string reason);
}
