using Spinewise.Domain.Grading;
using Spinewise.Domain.Guidelines;

namespace Spinewise.Application.Contracts;

/// <summary>The population a guideline applies to.</summary>
/// <param name="AppliesTo">The population in words.</param>
/// <param name="PainTypes">The pain types it covers (empty: not restricted).</param>
/// <param name="MinimumDurationMonths">The minimum duration of pain in months, if stated.</param>
/// <param name="Excludes">Populations it excludes.</param>
/// <param name="Source">Where it is stated.</param>
/// <param name="MinimumAgeYears">The minimum age in years, if stated.</param>
/// <param name="Duration">The pain duration it covers, if stated.</param>
public sealed record GuidelinePopulationJson(
    string AppliesTo, IReadOnlyList<PainType> PainTypes, int? MinimumDurationMonths, IReadOnlyList<PopulationExclusionJson> Excludes,
    SourceRefJson Source, int? MinimumAgeYears, PainDuration? Duration)
{
    internal static GuidelinePopulationJson From(GuidelinePopulation p) => new(
        p.AppliesTo, p.PainTypes, p.MinimumDurationMonths,
        [.. p.Excludes.Select(e => new PopulationExclusionJson(e.Condition?.Value, e.Text, SourceRefJson.From(e.Source)))],
        SourceRefJson.From(p.Source), p.MinimumAgeYears, p.Duration);
}
