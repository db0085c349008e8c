using Spinewise.Domain.Sources;

namespace Spinewise.Domain.Grading;

/// <summary>A level of evidence of a grading scheme. Its definition is <see langword="null"/> where no source gives it.</summary>
/// <param name="Code">The normalised level, e.g. <c>I-A</c>.</param>
/// <param name="Rank">Order in the scheme, 1 being the strongest level.</param>
/// <param name="Definition">The definition, or <see langword="null"/> when the sources do not give it ("not addressed").</param>
/// <param name="Source">Where the level (and its definition, if any) is stated.</param>
public sealed record EvidenceLevelDefinition(string Code, int Rank, string? Definition, SourceRef Source)
{
    /// <summary>The definition for display: the text, or "not addressed" when no source gives it.</summary>
    public string DefinitionOrNotAddressed => Definition ?? "not addressed";
}
