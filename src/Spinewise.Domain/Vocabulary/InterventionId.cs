namespace Spinewise.Domain.Vocabulary;

/// <summary>Stable id of an intervention in the vocabulary (e.g. <c>lumbar-rfa</c>); part of the public contract.</summary>
/// <param name="Value">The id.</param>
public readonly record struct InterventionId(string Value)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
