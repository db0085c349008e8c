using Spinewise.Domain.Sources;

namespace Spinewise.Domain.Conflicts;

/// <summary>One point of a critique, with the reason code it raises.</summary>
/// <param name="Code">A conflict reason code.</param>
/// <param name="Text">The point, as the critique makes it (paraphrased).</param>
/// <param name="Source">Where it is made.</param>
public sealed record CritiquePoint(string Code, string Text, SourceRef Source);
