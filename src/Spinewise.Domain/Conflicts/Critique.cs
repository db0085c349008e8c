using Spinewise.Domain.Sources;

namespace Spinewise.Domain.Conflicts;

/// <summary>A published critique or rebuttal of a guideline or its evidence (e.g. a pain society's statement of concern).</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Author">Who made it.</param>
/// <param name="Date">When, if known.</param>
/// <param name="DateAsPublished">The date as published, if any.</param>
/// <param name="Targets">What it criticises.</param>
/// <param name="Cites">Guidelines it relies on.</param>
/// <param name="Points">Its points, each with a reason code.</param>
/// <param name="Source">Where it is published, with its verification.</param>
public sealed record Critique(
    string Id,
    string Author,
    DateOnly? Date,
    string? DateAsPublished,
    IReadOnlyList<CritiqueTarget> Targets,
    IReadOnlyList<string> Cites,
    IReadOnlyList<CritiquePoint> Points,
    SourceRef Source);
