using Spinewise.Domain.Diagnostics;

namespace Spinewise.Domain.Cases;

/// <summary>One history entry of a <see cref="CaseDraft"/>, as given; every qualifier is optional.</summary>
public sealed record HistoryDraft
{
    /// <summary>Where the entry itself is (reported for a missing intervention), or <see langword="null"/>.</summary>
    public DiagnosticLocation? Location { get; init; }

    /// <summary>Intervention id. Required.</summary>
    public Located<string>? Intervention { get; init; }

    /// <summary>Variant id of the intervention.</summary>
    public Located<string>? Variant { get; init; }

    /// <summary>When it was done (not after the case's <c>asOf</c>).</summary>
    public Located<DateOnly>? Date { get; init; }

    /// <summary>How long it was given, in months (<see cref="CaseFacts.HistoryMonthsRange"/>).</summary>
    public Located<double>? Months { get; init; }

    /// <summary>How it turned out.</summary>
    public Located<HistoryOutcome>? Outcome { get; init; }

    /// <summary>Pain relief it gave, in percent (<see cref="CaseFacts.ReliefPercentRange"/>).</summary>
    public Located<double>? ReliefPercent { get; init; }
}
