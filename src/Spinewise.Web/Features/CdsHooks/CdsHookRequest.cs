using System.Text.Json;

namespace Spinewise.Web.Features.CdsHooks;

/// <summary>
/// A CDS Hooks 2.0 service call as read from its body (fields the specification does not define are ignored).
/// <see cref="AccessToken"/> is transient: never stored, never logged.
/// </summary>
/// <param name="Hook">The <c>hook</c> member.</param>
/// <param name="HookInstance">The <c>hookInstance</c> member (kept as sent; not required to be a UUID).</param>
/// <param name="FhirServer">The <c>fhirServer</c> member, when sent.</param>
/// <param name="AccessToken">The <c>fhirAuthorization.access_token</c>, when sent.</param>
/// <param name="PatientId">The <c>context.patientId</c> member.</param>
/// <param name="Context">The <c>context</c> object.</param>
/// <param name="Prefetch">The <c>prefetch</c> object, when sent.</param>
/// <param name="DraftOrders">The <c>context.draftOrders</c> Bundle of the order hooks.</param>
internal sealed record CdsHookRequest(
    string Hook,
    string HookInstance,
    Uri? FhirServer,
    string? AccessToken,
    string PatientId,
    JsonElement Context,
    JsonElement? Prefetch,
    JsonElement? DraftOrders)
{
    /// <summary>The value of a first-level primitive context field as a prefetch token would use it.</summary>
    public string? ContextValue(string field) =>
        Context.TryGetProperty(field, out var value) && value.ValueKind is JsonValueKind.String ? value.GetString() : null;

    /// <inheritdoc />
    public override string ToString() => $"{Hook} {HookInstance}"; // never the token
}
