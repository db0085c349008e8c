namespace Spinewise.Domain.Vocabulary;

/// <summary>Stable id of a condition in the vocabulary (e.g. <c>lumbar-spinal-stenosis</c>); part of the public contract.</summary>
/// <param name="Value">The id.</param>
public readonly record struct ConditionId(string Value)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
