namespace Spinewise.Domain.Guidelines;

/// <summary>Stable id of a recommendation, <c>guideline/topic/number</c> (e.g. <c>aspn-2022/rfa/1</c>).</summary>
/// <param name="Value">The id.</param>
public readonly record struct RecommendationId(string Value)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
