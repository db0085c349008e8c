using Spinewise.Domain.Sources;

namespace Spinewise.Domain.Eligibility;

/// <summary>A selection fact a source states that a case cannot express (e.g. "coverage only under evidence development").</summary>
/// <param name="Text">The fact.</param>
/// <param name="Source">Where it is stated.</param>
public sealed record SourcedNote(string Text, SourceRef Source);
