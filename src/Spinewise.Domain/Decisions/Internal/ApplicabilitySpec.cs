using Spinewise.Domain.Grading;
using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Sources;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Decisions.Internal;

/// <summary>
/// What decides whether one recommendation applies to a case, compiled: the region its statement concerns, the minimum
/// age, its (and its guideline population's) pain-type restriction and minimum duration, the duration its statement
/// names with the limits that decide it, the population exclusions of its guideline and of its statement, and the
/// conditions it names (or its topic implies) with how they combine.
/// </summary>
internal sealed class ApplicabilitySpec
{
    private ApplicabilitySpec(Recommendation recommendation, Guideline guideline)
    {
        Recommendation = recommendation;
        Guideline = guideline;
    }

    public Recommendation Recommendation { get; }

    public Guideline Guideline { get; }

    /// <summary>True when the statement concerns only the cervical or thoracic spine: it never applies to low back pain.</summary>
    public bool OutsideRegion { get; private init; }

    /// <summary>Why the statement names no population and its topic implies none, or <see langword="null"/>.</summary>
    public string? NotStated { get; private init; }

    /// <summary>Minimum age in years (the statement's, else its guideline population's), or NaN.</summary>
    public double MinimumAge { get; private init; } = double.NaN;

    /// <summary>Whether the minimum age is the statement's own (else its guideline population's).</summary>
    public bool AgeFromStatement { get; private init; }

    /// <summary>-1 none, 0 axial only, 1 radicular only, 2 neither (never applies).</summary>
    public int PainRestriction { get; private init; }

    /// <summary>Minimum pain duration of the guideline's population, or NaN.</summary>
    public double MinimumDurationMonths { get; private init; } = double.NaN;

    /// <summary>The pain duration the statement names, if any.</summary>
    public PainDuration? Duration { get; private init; }

    /// <summary>Below this many months a named duration is decided acute (NaN: never); from the guideline's cutoff or the reference definitions.</summary>
    public double AcuteBelowMonths { get; private init; } = double.NaN;

    /// <summary>Above this many months (at or above, for a guideline's own cutoff) a named duration is decided chronic (NaN: never).</summary>
    public double ChronicFromMonths { get; private init; } = double.NaN;

    /// <summary>The reference definitions the limits come from when the guideline gives no cutoff of its own (then chronic means strictly above), or <see langword="null"/>.</summary>
    public PainDurationDefinitions? ReferenceDefinitions { get; private init; }

    /// <summary>Population exclusions with a condition: the condition index, whether the exclusion is unverified (then it is only noted, never decides), and the exclusion.</summary>
    public (int Condition, bool Unverified, PopulationExclusion Exclusion)[] Exclusions { get; private init; } = [];

    /// <summary>Condition indices the statement's own population excludes ("non-cancer", "non-surgical").</summary>
    public int[] StatementExclusions { get; private init; } = [];

    /// <summary>Indices of the conditions the statement names, or its topic implies.</summary>
    public int[] Conditions { get; private init; } = [];

    /// <summary>Whether all conditions must be present (else any one).</summary>
    public bool AllConditions { get; private init; }

    /// <summary>The conditions are implied by the topic, not named by the statement.</summary>
    public ImpliedConditions? Implied { get; private init; }

    public int PainQuestion { get; private init; }

    public int DurationQuestion { get; private init; }

    public int AgeQuestion { get; private init; }

    public int[] ExclusionQuestions { get; private init; } = [];

    public int[] StatementExclusionQuestions { get; private init; } = [];

    public int[] ConditionQuestions { get; private init; } = [];

    /// <summary>The "why" phrases, written once.</summary>
    public WhyPhrases Phrases { get; private set; } = null!;

    public static ApplicabilitySpec Create(KnowledgeBase kb, Recommendation recommendation, FactIndex facts, QuestionCatalogue questions)
    {
        var guideline = kb.FindGuideline(recommendation.Guideline)!;
        var population = guideline.Details.Population;
        var restrictions = recommendation.Details.Restrictions;
        var allowed = new[] { PainType.Axial, PainType.Radicular }
            .Where(p => recommendation.Concerns(p) && (population is null || population.PainTypes.Count == 0 || population.PainTypes.Contains(p)))
            .ToList();
        var exclusions = (population?.Excludes ?? [])
            .Where(e => e.Condition is { } c && facts.TryCondition(c, out _))
            .Select(e => (facts.Condition(e.Condition!.Value), e.Source.Verification is Verification.Unverified or Verification.NotFound, e))
            .ToArray();
        var statementExclusions = restrictions.Excludes.Select(facts.Condition).ToArray();
        var conditionIds = recommendation.Conditions.Count > 0 ? recommendation.Conditions : restrictions.Implied?.Conditions ?? [];
        var conditions = conditionIds.Select(facts.Condition).ToArray();
        var minimum = population?.MinimumDurationMonths is { } m ? m : double.NaN;
        var duration = recommendation.Details.Duration ?? population?.Duration; // a statement naming none inherits its guideline's
        var reference = duration is not null && double.IsNaN(minimum) ? kb.PainDurations : null;
        var age = restrictions.MinimumAgeYears ?? population?.MinimumAgeYears;
        var spec = new ApplicabilitySpec(recommendation, guideline)
        {
            OutsideRegion = !restrictions.ConcernsLumbar,
            NotStated = restrictions.NotStated,
            MinimumAge = age is { } a ? a : double.NaN,
            AgeFromStatement = restrictions.MinimumAgeYears is not null,
            PainRestriction = allowed.Count switch
            {
                2 => -1,
                1 => allowed[0] == PainType.Axial ? 0 : 1,
                _ => 2,
            },
            MinimumDurationMonths = minimum,
            Duration = duration,
            AcuteBelowMonths = reference?.AcuteBelowMonths ?? minimum,
            ChronicFromMonths = reference?.ChronicAboveMonths ?? minimum,
            ReferenceDefinitions = reference,
            Exclusions = exclusions,
            StatementExclusions = statementExclusions,
            Conditions = conditions,
            AllConditions = restrictions.ConditionsMatch == ConditionMatch.All,
            Implied = recommendation.Conditions.Count == 0 ? restrictions.Implied : null,
            PainQuestion = questions.PainType(),
            DurationQuestion = questions.Duration(),
            AgeQuestion = questions.Number(Cases.CaseFacts.Age),
            ExclusionQuestions = exclusions.Select(e => questions.Condition(e.Item1)).ToArray(),
            StatementExclusionQuestions = statementExclusions.Select(questions.Condition).ToArray(),
            ConditionQuestions = conditions.Select(questions.Condition).ToArray(),
        };
        spec.Phrases = new WhyPhrases(kb, spec);
        return spec;
    }
}
