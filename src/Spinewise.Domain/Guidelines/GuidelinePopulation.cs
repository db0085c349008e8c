using Spinewise.Domain.Grading;
using Spinewise.Domain.Sources;

namespace Spinewise.Domain.Guidelines;

/// <summary>Whom a guideline applies to and whom it excludes.</summary>
/// <param name="AppliesTo">The population, as the source words it.</param>
/// <param name="PainTypes">Pain types considered (empty when not restricted).</param>
/// <param name="MinimumDurationMonths">Minimum pain duration, when stated (e.g. 3 for chronic pain).</param>
/// <param name="Excludes">Groups it does not apply to.</param>
/// <param name="Source">Where the population is stated.</param>
/// <param name="MinimumAgeYears">Minimum age, when stated ("adults": 18; NICE "16 and over": 16).</param>
/// <param name="Duration">The pain duration the guideline is about ("… in the Management of Chronic Pain"), when it names one: its statements that name none inherit it.</param>
public sealed record GuidelinePopulation(
    string AppliesTo,
    IReadOnlyList<PainType> PainTypes,
    int? MinimumDurationMonths,
    IReadOnlyList<PopulationExclusion> Excludes,
    SourceRef Source,
    int? MinimumAgeYears = null,
    Grading.PainDuration? Duration = null);
