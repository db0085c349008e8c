namespace Spinewise.Domain.Eligibility;

/// <summary>
/// What a criterion checks in a case, as a tree of facts and Kleene connectives. Missing data makes a leaf
/// <see cref="Truth.Unknown"/>. <see cref="Describe"/> renders it for people (e.g. <c>findings.odi ≥ 31</c>).
/// </summary>
public abstract record CriterionTest
{
    /// <summary>A short rendering for people.</summary>
    public abstract string Describe();

    /// <inheritdoc />
    public sealed override string ToString() => Describe();
}
