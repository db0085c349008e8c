using Spinewise.Domain.Sources;

namespace Spinewise.Domain.Grading;

/// <summary>A certainty value exactly as a scheme's recommendations use it, with its vocabulary and normalised value.</summary>
/// <param name="Label">The label as published, e.g. <c>Strong</c>.</param>
/// <param name="Vocabulary">The vocabulary the label belongs to.</param>
/// <param name="Normalised">The value on the common certainty scale, or <see langword="null"/> when it cannot be mapped without guessing.</param>
/// <param name="Meaning">What the label means, or <see langword="null"/> when no source defines it.</param>
/// <param name="Source">Where the label and its meaning are stated.</param>
public sealed record CertaintyLabel(
    string Label,
    CertaintyVocabulary Vocabulary,
    Certainty? Normalised,
    string? Meaning,
    SourceRef Source);
