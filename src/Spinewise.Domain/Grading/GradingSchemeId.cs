namespace Spinewise.Domain.Grading;

/// <summary>Stable id of a grading scheme (e.g. <c>aspn-uspstf</c>).</summary>
/// <param name="Value">The id.</param>
public readonly record struct GradingSchemeId(string Value)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
