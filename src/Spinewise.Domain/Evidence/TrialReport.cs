using Spinewise.Domain.Sources;

namespace Spinewise.Domain.Evidence;

/// <summary>A published report of a trial's results.</summary>
/// <param name="Label">Which report (e.g. "6-month interim").</param>
/// <param name="Citation">Its citation.</param>
/// <param name="Doi">Its DOI, when given.</param>
/// <param name="Analysed">Participants analysed, when given.</param>
/// <param name="Findings">Its findings in words.</param>
/// <param name="Source">Where it was read, with its verification.</param>
public sealed record TrialReport(string Label, string Citation, string? Doi, int? Analysed, string Findings, SourceRef Source);
