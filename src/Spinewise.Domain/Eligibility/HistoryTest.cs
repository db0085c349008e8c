using System.Globalization;
using Spinewise.Domain.Cases;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Eligibility;

/// <summary>The case's history has an entry of the intervention satisfying every qualifier given.</summary>
/// <param name="Intervention">Vocabulary id.</param>
/// <param name="Outcome">Required outcome, if any.</param>
/// <param name="MinMonths">Minimum duration it was given, if any.</param>
/// <param name="MinReliefPercent">Minimum relief it gave, if any.</param>
/// <param name="WithinMonths">Done at most this many months before the case date, if any.</param>
public sealed record HistoryTest(InterventionId Intervention, HistoryOutcome? Outcome = null, double? MinMonths = null, double? MinReliefPercent = null, double? WithinMonths = null) : CriterionTest
{
    /// <inheritdoc />
    public override string Describe()
    {
        var parts = new List<string>();
        if (Outcome is { } outcome)
        {
            parts.Add(outcome == HistoryOutcome.NotTolerated ? "not tolerated" : outcome.ToString().ToLowerInvariant());
        }

        if (MinMonths is { } months)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"≥ {months} months"));
        }

        if (MinReliefPercent is { } relief)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"relief ≥ {relief}%"));
        }

        if (WithinMonths is { } within)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"within {within} months"));
        }

        return parts.Count == 0 ? $"history of {Intervention}" : $"history of {Intervention} ({string.Join(", ", parts)})";
    }
}
