namespace Spinewise.Domain.Grading;

/// <summary>Which vocabulary a published certainty label belongs to.</summary>
public enum CertaintyVocabulary
{
    /// <summary>The USPSTF levels of certainty regarding net benefit (High, Moderate, Low).</summary>
    Uspstf,

    /// <summary>GRADE certainty of evidence (high, moderate, low, very low).</summary>
    Grade,

    /// <summary>A label outside the scheme's declared vocabulary whose definition no source gives (e.g. ASPN's "Strong", "Weak").</summary>
    NonStandard,
}
