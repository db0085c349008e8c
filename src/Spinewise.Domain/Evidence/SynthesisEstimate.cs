using Spinewise.Domain.Grading;
using Spinewise.Domain.Sources;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Evidence;

/// <summary>One pooled estimate of a synthesis; the value is absent where the source was not found.</summary>
/// <param name="Intervention">The intervention (vocabulary id).</param>
/// <param name="Agent">The injected agent or sub-type, when the estimate is about one.</param>
/// <param name="PainType">The pain type, when restricted.</param>
/// <param name="Outcome">The outcome (e.g. pain).</param>
/// <param name="Timepoint">The time point.</param>
/// <param name="Measure">The effect measure as published (WMD, SRD…).</param>
/// <param name="Unit">Its unit, when given.</param>
/// <param name="Value">The point estimate, or <see langword="null"/> when not found.</param>
/// <param name="Lower">Lower confidence limit, or <see langword="null"/>.</param>
/// <param name="Upper">Upper confidence limit, or <see langword="null"/>.</param>
/// <param name="Certainty">Certainty label as published, or <see langword="null"/>.</param>
/// <param name="Wording">The source's wording of the finding.</param>
/// <param name="Note">A reading note.</param>
/// <param name="Source">Where it is stated, with its verification.</param>
public sealed record SynthesisEstimate(
    InterventionId Intervention,
    string? Agent,
    PainType? PainType,
    string Outcome,
    string Timepoint,
    string Measure,
    string? Unit,
    double? Value,
    double? Lower,
    double? Upper,
    string? Certainty,
    string? Wording,
    string? Note,
    SourceRef Source);
