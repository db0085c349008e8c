namespace Spinewise.Application.Screening;

/// <summary>What became of one patient of a screened export.</summary>
public enum ScreenedPatientOutcome
{
    /// <summary>Mapped to a valid case about low back pain and evaluated.</summary>
    Evaluated,

    /// <summary>Mapped to a valid case, but nothing in the chart is about low back pain: not evaluated.</summary>
    NotAboutLowBackPain,

    /// <summary>The chart maps to an invalid case (a value in the wrong unit, a case problem): not evaluated.</summary>
    InvalidCase,
}
