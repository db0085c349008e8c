namespace Spinewise.Knowledge;

/// <summary>Stable codes of knowledge diagnostics. Codes never change meaning; new problems get new codes.</summary>
public static class DiagnosticCodes
{
    /// <summary>The file is not well-formed YAML.</summary>
    public const string MalformedYaml = "SW1001";

    /// <summary>A required field is missing or empty.</summary>
    public const string MissingField = "SW1002";

    /// <summary>A field has the wrong shape (e.g. a list where text is expected) or an unparsable value.</summary>
    public const string WrongType = "SW1003";

    /// <summary>A field that the file kind does not define (often a typo).</summary>
    public const string UnknownField = "SW1004";

    /// <summary>An id is defined twice.</summary>
    public const string DuplicateId = "SW1005";

    /// <summary>A reference to an id (source, intervention, variant, condition, guideline, topic, scheme) that is not defined.</summary>
    public const string UnknownReference = "SW1006";

    /// <summary>A grade that the guideline's grading scheme does not define.</summary>
    public const string GradeNotInScheme = "SW1007";

    /// <summary>An evidence level (or published spelling) that the grading scheme does not define.</summary>
    public const string LevelNotInScheme = "SW1008";

    /// <summary>A certainty label that the grading scheme does not define.</summary>
    public const string CertaintyNotInScheme = "SW1009";

    /// <summary>A value outside the field's allowed set (e.g. a stance or kind).</summary>
    public const string InvalidValue = "SW1010";

    /// <summary>A recommendation, table or other clinical fact without a source.</summary>
    public const string MissingSource = "SW1011";

    /// <summary>An id that does not follow its required form (e.g. <c>guideline/topic/number</c>).</summary>
    public const string BadIdFormat = "SW1012";

    /// <summary>A file whose <c>kind</c> is missing or unknown.</summary>
    public const string UnknownFileKind = "SW1013";

    /// <summary>The folder holds no knowledge files, or cannot be read.</summary>
    public const string NoKnowledge = "SW1014";

    /// <summary>A recommendation that names no intervention.</summary>
    public const string NoIntervention = "SW1015";

    /// <summary>A trial whose arm sizes do not add up to the number enrolled.</summary>
    public const string ArmsDoNotAddUp = "SW1016";

    /// <summary>A criteria file with no indication or prerequisite (so no case could ever be a candidate).</summary>
    public const string NoRequiredCriterion = "SW1017";

    /// <summary>A criterion test that names no fact, or more than one kind of fact, or an unknown case fact.</summary>
    public const string BadCriterionTest = "SW1018";

    /// <summary>The file is not UTF-8 text (UTF-16 or UTF-32, or bytes that are not UTF-8).</summary>
    public const string NotUtf8 = "SW1019";

    /// <summary>A file the rest of the knowledge depends on (the source register, the intervention or condition vocabulary) is missing.</summary>
    public const string MissingCoreFile = "SW1020";

    /// <summary>
    /// Whether a diagnostic of this code is a root cause — the folder, a file or its text cannot be read, or a file the rest
    /// depends on is missing — that others may follow from; these are listed first.
    /// </summary>
    /// <param name="code">A diagnostic code.</param>
    public static bool IsRootCause(string code) => code is NoKnowledge or MissingCoreFile or NotUtf8 or MalformedYaml or UnknownFileKind;

    /// <summary>A recommendation's statement names a population restriction (chronic, acute, non-cancer, non-surgical, cervical, thoracic, adults) that its fields do not encode, and no note says why.</summary>
    public const string RestrictionNotEncoded = "SW1021";
}
