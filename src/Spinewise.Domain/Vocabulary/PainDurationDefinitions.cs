using Spinewise.Domain.Sources;

namespace Spinewise.Domain.Vocabulary;

/// <summary>
/// Reference definitions of acute and chronic pain by duration, used only where a statement names "acute" or "chronic"
/// and its guideline gives no duration of its own (VA/DoD 2022: acute &lt; 4 weeks, chronic &gt; 12 weeks).
/// </summary>
/// <param name="AcuteBelowWeeks">Pain lasting less than this is acute.</param>
/// <param name="ChronicAboveWeeks">Pain lasting more than this is chronic.</param>
/// <param name="Definer">Who defines them, as shown ("VA/DoD 2022").</param>
/// <param name="Source">Where they are stated.</param>
public sealed record PainDurationDefinitions(double AcuteBelowWeeks, double ChronicAboveWeeks, string Definer, SourceRef Source)
{
    /// <summary>Months in a week (365.25 / 12 / 7 days), for durations recorded in months.</summary>
    public const double MonthsPerWeek = 7 / 30.4375;

    /// <summary>The acute limit in months.</summary>
    public double AcuteBelowMonths => AcuteBelowWeeks * MonthsPerWeek;

    /// <summary>The chronic limit in months.</summary>
    public double ChronicAboveMonths => ChronicAboveWeeks * MonthsPerWeek;
}
