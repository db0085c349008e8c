namespace Spinewise.Web.Features.CdsHooks;

/// <summary>One CDS service as discovery lists it (CDS Hooks 2.0 §Discovery); the members serialize as the spec names them.</summary>
/// <param name="Hook">The hook it answers.</param>
/// <param name="Title">Its title.</param>
/// <param name="Description">What it does.</param>
/// <param name="Id">Its id: the service URL is <c>{baseUrl}/cds-services/{id}</c>.</param>
/// <param name="Prefetch">Prefetch key → FHIR R4 query template.</param>
/// <param name="UsageRequirements">What a CDS client must provide.</param>
internal sealed record CdsService(
    string Hook,
    string Title,
    string Description,
    string Id,
    IReadOnlyDictionary<string, string> Prefetch,
    string UsageRequirements)
{
    public const string PatientView = "patient-view";
    public const string OrderSelect = "order-select";
    public const string OrderSign = "order-sign";

    /// <summary>Whether the hook's context carries <c>draftOrders</c> (the procedures being ordered).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool ReadsDraftOrders => Hook is OrderSelect or OrderSign;
}
