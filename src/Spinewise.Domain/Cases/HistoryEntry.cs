using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Cases;

/// <summary>One intervention a case has had; every qualifier is optional and absent means unknown.</summary>
/// <param name="Intervention">Vocabulary id.</param>
/// <param name="Variant">Variant id of the intervention, when recorded.</param>
/// <param name="Date">When it was done.</param>
/// <param name="Months">How long it was given (e.g. months of conservative care).</param>
/// <param name="Outcome">How it turned out.</param>
/// <param name="ReliefPercent">Pain relief it gave, in percent (e.g. after a diagnostic block).</param>
public sealed record HistoryEntry(
    InterventionId Intervention,
    string? Variant = null,
    DateOnly? Date = null,
    double? Months = null,
    HistoryOutcome? Outcome = null,
    double? ReliefPercent = null);
