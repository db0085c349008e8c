namespace Spinewise.Web.Pages.Evaluate;

/// <summary>The element ids of the case form's fields: labels, error messages and the error summary's links use them.</summary>
internal static class FieldIds
{
    public const string Id = "f-id";
    public const string AsOf = "f-asof";
    public const string Age = "f-age";
    public const string Sex = "f-sex";
    public const string PainDurationMonths = "f-duration";
    public const string PainType = "f-paintype";
    public const string NotDone = "f-notdone";
    public const string CaseJson = "f-casejson";
    public const string CaseFile = "f-casefile";
    public const string FhirJson = "f-fhirjson";
    public const string FhirFile = "f-fhirfile";
    public const string FhirAsOf = "f-fhirasof";

    public static string Finding(string key) => "f-finding-" + key;

    public static string Flag(string key) => "f-flag-" + key;

    public static string Condition(string id) => "f-condition-" + id;

    public static string History(int row, string part) => $"f-history-{row}-{part}";
}
