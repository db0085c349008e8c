namespace Spinewise.Domain.Guidelines;

/// <summary>Stable id of a guideline (e.g. <c>aspn-2022</c>); part of the public contract.</summary>
/// <param name="Value">The id.</param>
public readonly record struct GuidelineId(string Value)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
