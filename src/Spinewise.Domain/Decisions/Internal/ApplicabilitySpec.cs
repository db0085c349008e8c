using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Sources;

namespace Spinewise.Domain.Decisions.Internal;

/// <summary>
/// What decides whether one recommendation applies to a case, compiled: its (and its guideline population's) pain-type
/// restriction, minimum duration, population exclusions and the conditions the statement names.
/// </summary>
/// <param name="Recommendation">The recommendation.</param>
/// <param name="Guideline">Its guideline.</param>
/// <param name="PainRestriction">-1 none, 0 axial only, 1 radicular only, 2 neither (never applies).</param>
/// <param name="MinimumDurationMonths">Minimum pain duration of the guideline's population, or NaN.</param>
/// <param name="Exclusions">Population exclusions with a condition: the condition index, whether the exclusion is unverified (then it is only noted, never decides), and the exclusion.</param>
/// <param name="Conditions">Indices of the conditions the statement names (it applies when one is present).</param>
/// <param name="PainQuestion">Question index of the pain type.</param>
/// <param name="DurationQuestion">Question index of the pain duration.</param>
/// <param name="ExclusionQuestions">Question index of each exclusion's condition.</param>
/// <param name="ConditionQuestions">Question index of each named condition.</param>
/// <param name="Duration">The pain duration the statement names, if any; decided only against a cutoff the guideline's population defines.</param>
internal sealed record ApplicabilitySpec(
    Recommendation Recommendation,
    Guideline Guideline,
    int PainRestriction,
    double MinimumDurationMonths,
    (int Condition, bool Unverified, PopulationExclusion Exclusion)[] Exclusions,
    int[] Conditions,
    int PainQuestion,
    int DurationQuestion,
    int[] ExclusionQuestions,
    int[] ConditionQuestions,
    Grading.PainDuration? Duration)
{
    /// <summary>The "why" phrases, written once.</summary>
    public WhyPhrases Phrases { get; private init; } = null!;

    public static ApplicabilitySpec Create(KnowledgeBase kb, Recommendation recommendation, FactIndex facts, QuestionCatalogue questions)
    {
        var guideline = kb.FindGuideline(recommendation.Guideline)!;
        var population = guideline.Details.Population;
        var allowed = new[] { Grading.PainType.Axial, Grading.PainType.Radicular }
            .Where(p => recommendation.Concerns(p) && (population is null || population.PainTypes.Count == 0 || population.PainTypes.Contains(p)))
            .ToList();
        var restriction = allowed.Count switch
        {
            2 => -1,
            1 => allowed[0] == Grading.PainType.Axial ? 0 : 1,
            _ => 2,
        };
        var exclusions = (population?.Excludes ?? [])
            .Where(e => e.Condition is { } c && facts.TryCondition(c, out _))
            .Select(e => (facts.Condition(e.Condition!.Value), e.Source.Verification is Verification.Unverified or Verification.NotFound, e))
            .ToArray();
        var conditions = recommendation.Conditions.Select(facts.Condition).ToArray();
        var spec = new ApplicabilitySpec(recommendation, guideline, restriction, population?.MinimumDurationMonths ?? double.NaN, exclusions, conditions,
            questions.PainType(), questions.Duration(), exclusions.Select(e => questions.Condition(e.Item1)).ToArray(),
            conditions.Select(questions.Condition).ToArray(), recommendation.Details.Duration);
        return spec with { Phrases = new WhyPhrases(kb, spec) };
    }
}
