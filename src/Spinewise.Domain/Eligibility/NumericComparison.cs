namespace Spinewise.Domain.Eligibility;

/// <summary>How a numeric fact is compared with a criterion's threshold.</summary>
public enum NumericComparison
{
    /// <summary>Value ≥ threshold.</summary>
    AtLeast,

    /// <summary>Value ≤ threshold.</summary>
    AtMost,

    /// <summary>Value &gt; threshold.</summary>
    Above,

    /// <summary>Value &lt; threshold.</summary>
    Below,

    /// <summary>Lower ≤ value ≤ upper.</summary>
    Between,
}
