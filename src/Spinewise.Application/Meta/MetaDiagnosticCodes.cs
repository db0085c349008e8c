namespace Spinewise.Application.Meta;

/// <summary>The stable codes of <see cref="MetaDiagnostic"/>s.</summary>
public static class MetaDiagnosticCodes
{
    /// <summary>An option the analysis does not take.</summary>
    public const string UnknownOption = "SW4001";

    /// <summary>An option value of the wrong type or out of range, or an unknown choice.</summary>
    public const string InvalidOption = "SW4002";

    /// <summary>Options that cannot be combined, or one that needs another.</summary>
    public const string OptionConflict = "SW4003";

    /// <summary>The rows cannot be read: empty, not UTF-8, malformed CSV or JSON, a header but no rows.</summary>
    public const string UnreadableRows = "SW4010";

    /// <summary>A column the analysis needs is missing.</summary>
    public const string MissingColumn = "SW4011";

    /// <summary>A cell that is not a number, or a value out of range (negative variance or weight, infinite effect, …).</summary>
    public const string InvalidCell = "SW4012";

    /// <summary>The data cannot be analysed as asked (where metafor stops: too few studies, too many parameters, …).</summary>
    public const string CannotAnalyse = "SW4020";
}
