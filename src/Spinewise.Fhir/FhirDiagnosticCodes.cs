namespace Spinewise.Fhir;

/// <summary>Stable codes of FHIR input diagnostics (SW3xxx). Codes never change meaning; new problems get new codes.</summary>
public static class FhirDiagnosticCodes
{
    /// <summary>The input is not JSON, or not a JSON object.</summary>
    public const string MalformedJson = "SW3001";

    /// <summary>The JSON is not valid FHIR R4 (an unknown element, a wrong type, a bad primitive value, a missing required element).</summary>
    public const string InvalidFhir = "SW3002";

    /// <summary>A resource type the input may not hold there (a Bundle where a resource was expected, or a Bundle type that is not searchset, collection or transaction).</summary>
    public const string UnexpectedResource = "SW3003";

    /// <summary>An observation value whose unit is not the one its findings key is recorded in (UCUM), or that is not a number.</summary>
    public const string WrongUnit = "SW3004";

    /// <summary>The chart holds more than one patient.</summary>
    public const string SeveralPatients = "SW3005";

    /// <summary>An array of the input holds more items than the reader takes (<c>Bundle.entry</c>, a concept's codings, …): 10,000.</summary>
    public const string TooManyItems = "SW3006";
}
