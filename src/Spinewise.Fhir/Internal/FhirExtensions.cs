namespace Spinewise.Fhir.Internal;

/// <summary>The product's own FHIR code system and extension, for what FHIR R4 has no standard code for.</summary>
internal static class FhirExtensions
{
    /// <summary>Code system of <c>Procedure.outcome</c> codes: the case format's history outcomes (<c>failed</c>, <c>partial</c>, <c>effective</c>, <c>not-tolerated</c>).</summary>
    public const string HistoryOutcomeSystem = "urn:spinewise:fhir:history-outcome";

    /// <summary>Extension on a Procedure: the pain relief it gave, in percent (<c>valueDecimal</c>).</summary>
    public const string ReliefPercentUrl = "urn:spinewise:fhir:relief-percent";
}
