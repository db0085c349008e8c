using Spinewise.Domain.Grading;

namespace Spinewise.Application.Contracts;

/// <summary>One estimate of a synthesis.</summary>
/// <param name="Intervention">Intervention id.</param>
/// <param name="Agent">Agent, if the estimate is for one.</param>
/// <param name="PainType">Pain type, if the estimate is for one.</param>
/// <param name="Outcome">Outcome.</param>
/// <param name="Timepoint">Time point.</param>
/// <param name="Measure">Effect measure as published.</param>
/// <param name="Unit">Unit, if any.</param>
/// <param name="Value">Point estimate; null when not found.</param>
/// <param name="Ci">The 95% interval [lower, upper], or null.</param>
/// <param name="Certainty">Certainty as published.</param>
/// <param name="Wording">The source's wording of the finding.</param>
/// <param name="Note">A note, if any.</param>
/// <param name="Source">Where it is stated.</param>
public sealed record EstimateJson(
    string Intervention, string? Agent, PainType? PainType, string Outcome, string Timepoint, string Measure, string? Unit, double? Value,
    IReadOnlyList<double?>? Ci, string? Certainty, string? Wording, string? Note, SourceJson Source);
