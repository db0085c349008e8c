using Spinewise.Domain.Sources;

namespace Spinewise.Domain.Evidence;

/// <summary>A sentence of knowledge with its source (an eligibility criterion, an outcome, a safety statement).</summary>
/// <param name="Text">The text.</param>
/// <param name="Source">Where it is stated.</param>
public sealed record SourcedText(string Text, SourceRef Source);
