namespace Spinewise.Domain.Cases;

/// <summary>Stable codes of case diagnostics. Codes never change meaning; new problems get new codes.</summary>
public static class CaseDiagnosticCodes
{
    /// <summary>The input is not well-formed JSON (or is empty).</summary>
    public const string MalformedJson = "SW2001";

    /// <summary>A required field is missing.</summary>
    public const string MissingField = "SW2002";

    /// <summary>A value has the wrong JSON type or form (text for a number, a bad date).</summary>
    public const string WrongType = "SW2003";

    /// <summary>A key the case format does not define (often a typo).</summary>
    public const string UnknownKey = "SW2004";

    /// <summary>A number outside its allowed range.</summary>
    public const string OutOfRange = "SW2005";

    /// <summary>A condition, intervention or variant id the knowledge does not define.</summary>
    public const string UnknownId = "SW2006";

    /// <summary>A value outside its allowed set (pain type, sex, outcome).</summary>
    public const string InvalidValue = "SW2007";

    /// <summary>Facts that contradict each other (a condition both present and ruled out; a history date after the case date).</summary>
    public const string Contradiction = "SW2008";

    /// <summary>A key given twice in one object, or an id listed twice.</summary>
    public const string Duplicate = "SW2009";

    /// <summary>The input is not UTF-8 text: UTF-16 or UTF-32, bytes that are not UTF-8, or a lone surrogate escape.</summary>
    public const string NotUtf8 = "SW2010";

    /// <summary>The input holds far more values than a case can (more than 100,000); it is not read, so memory stays bounded.</summary>
    public const string TooLarge = "SW2011";
}
