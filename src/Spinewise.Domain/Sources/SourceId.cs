namespace Spinewise.Domain.Sources;

/// <summary>Stable id of a source document in the knowledge's source register (e.g. <c>seed-001</c>).</summary>
/// <param name="Value">The id as written in the knowledge files.</param>
public readonly record struct SourceId(string Value)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
