using Spinewise.Domain.Cases;
using Spinewise.Domain.Conflicts;
using Spinewise.Domain.Decisions.Internal;
using Spinewise.Domain.Grading;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Decisions;

/// <summary>
/// Evaluates patient cases against the knowledge. Built once per knowledge base (<see cref="Compile"/>): every
/// criterion test is compiled into one post-order node array, every recommendation's applicability into a small spec,
/// and every intervention's conflicts are found in advance; evaluating a case into an <see cref="EvaluationScratch"/>
/// then allocates nothing. Thread-safe: the engine is immutable; each thread uses its own scratch.
/// </summary>
public sealed class DecisionEngine
{
    private readonly System.Collections.Concurrent.ConcurrentBag<EvaluationScratch> _scratches = [];
    private readonly Dictionary<InterventionId, int> _planOf;

    private DecisionEngine(KnowledgeBase kb)
    {
        // tested and recorded flags are kept as 64-bit sets
        if (CaseFacts.Flags.Count > 64)
        {
            throw new InvalidOperationException("The decision engine holds at most 64 case flags.");
        }

        Knowledge = kb;
        Facts = new FactIndex(kb);
        var questions = new QuestionCatalogue(kb);
        var compiler = new CriteriaCompiler(questions, Facts);
        var safety = SafetyFlags.Mask(Facts);
        var recommendationIndex = kb.Recommendations.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var plans = new List<InterventionPlan>();
        foreach (var intervention in kb.Interventions)
        {
            var criteria = kb.CriteriaOf(intervention.Id);
            var positions = ConflictDetector.Positions(kb, intervention.Id)
                .Where(p => p.Stance.Stance != Stance.NotAddressed)
                .Select(p => (p, recommendationIndex[p.Recommendation.Id]))
                .ToArray();
            if (criteria is null && positions.Length == 0)
            {
                continue;
            }

            var notAddressed = kb.Guidelines.SelectMany(g => g.Details.NotAddressed.Where(n => n.Intervention == intervention.Id).Select(n => (g, n))).ToArray();
            var compiled = criteria?.Criteria.Select(compiler.Compile).ToArray() ?? [];
            var tested = compiled.SelectMany(c => Flags(c.Criterion.Test)).Select(Facts.FlagSlot).Aggregate(0UL, (set, slot) => set | (1UL << slot));
            plans.Add(new InterventionPlan(intervention,
                compiled,
                criteria is not null,
                positions,
                notAddressed,
                Conflicts(kb, intervention.Id, PainType.Axial, recommendationIndex),
                Conflicts(kb, intervention.Id, PainType.Radicular, recommendationIndex),
                tested,
                criteria is null ? 0UL : safety & ~tested));
        }

        Plans = [.. plans];
        Specs = kb.Recommendations.Select(r => ApplicabilitySpec.Create(kb, r, Facts, questions)).ToArray();
        Nodes = compiler.Nodes;
        Children = compiler.Children;
        History = compiler.History;
        QuestionTexts = questions.Texts();
        (QuestionTextsWhenListed, QuestionInterventions) = questions.WhenListed();
        QuestionKeys = Enumerable.Range(0, questions.Count).Select(questions.Key).ToArray();
        Interventions = Plans.Select(p => p.Intervention.Id).ToArray();
        _planOf = Interventions.Select((id, p) => (id, p)).ToDictionary(x => x.id, x => x.p);
        QuestionGroups = QuestionRanking.Groups(this, QuestionKeys.Length);
    }

    /// <summary>The knowledge the engine was compiled from.</summary>
    public KnowledgeBase Knowledge { get; }

    /// <summary>The interventions every report lists (those any source speaks to), in vocabulary order.</summary>
    public IReadOnlyList<InterventionId> Interventions { get; }

    /// <summary>Number of compiled test nodes (every criterion of the knowledge).</summary>
    public int NodeCount => Nodes.Length;

    internal FactIndex Facts { get; }

    internal ApplicabilitySpec[] Specs { get; }

    internal InterventionPlan[] Plans { get; }

    internal Node[] Nodes { get; }

    internal int[] Children { get; }

    internal HistorySpec[] History { get; }

    internal string[] QuestionTexts { get; }

    internal string[] QuestionKeys { get; }

    /// <summary>Per question, its ranking group (<see cref="QuestionRanking"/>).</summary>
    internal byte[] QuestionGroups { get; }

    /// <summary>Per history question, the text asked when the case's history already lists the intervention.</summary>
    internal string?[] QuestionTextsWhenListed { get; }

    /// <summary>Per question, the intervention index a history question is about, or -1.</summary>
    internal int[] QuestionInterventions { get; }

    /// <summary>Compiles the knowledge's criteria, applicability rules and conflicts.</summary>
    /// <param name="knowledge">A validated knowledge base.</param>
    public static DecisionEngine Compile(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return new DecisionEngine(knowledge);
    }

    /// <summary>Working memory for <see cref="EvaluateInto"/>; one per thread.</summary>
    public EvaluationScratch CreateScratch() => new(Facts.ConditionWords, Facts.InterventionWords, Facts.NumberCount, Facts.FlagCount, Nodes.Length,
        Plans.Length, Specs.Length, QuestionKeys.Length);

    /// <summary>Evaluates a case and builds its report.</summary>
    /// <param name="patient">A validated case.</param>
    /// <param name="today">The evaluation date, used when the case has no <c>asOf</c>.</param>
    /// <exception cref="ArgumentException">The case was validated against another knowledge version.</exception>
    public DecisionReport Evaluate(PatientCase patient, DateOnly today)
    {
        var scratch = _scratches.TryTake(out var pooled) ? pooled : CreateScratch();
        try
        {
            EvaluateInto(patient, today, scratch);
            return ReportBuilder.Build(this, scratch);
        }
        finally
        {
            _scratches.Add(scratch);
        }
    }

    /// <summary>
    /// Evaluates a case and assesses one intervention only: the same <see cref="InterventionAssessment"/> as the report's
    /// (<see cref="Evaluate"/>), without the other interventions and what to ask next.
    /// </summary>
    /// <param name="patient">A validated case.</param>
    /// <param name="today">The evaluation date, used when the case has no <c>asOf</c>.</param>
    /// <param name="intervention">The intervention.</param>
    /// <returns>The assessment, or <see langword="null"/> when no source speaks to the intervention (it is not in <see cref="Interventions"/>).</returns>
    /// <exception cref="ArgumentException">The case was validated against another knowledge version.</exception>
    public InterventionAssessment? Assess(PatientCase patient, DateOnly today, InterventionId intervention)
    {
        if (!_planOf.TryGetValue(intervention, out var plan))
        {
            return null;
        }

        var scratch = _scratches.TryTake(out var pooled) ? pooled : CreateScratch();
        try
        {
            EvaluateInto(patient, today, scratch);
            return ReportBuilder.Assessment(this, scratch, plan, new WhyContext(this, scratch), CaseEvaluator.RecordedTrue(scratch.Flags));
        }
        finally
        {
            _scratches.Add(scratch);
        }
    }

    /// <summary>
    /// Evaluates a case into <paramref name="scratch"/> without allocating: every criterion, every status, every
    /// recommendation's applicability and the counts behind "what to ask next". <see cref="Report"/> then builds the report.
    /// </summary>
    /// <param name="patient">A validated case.</param>
    /// <param name="today">The evaluation date, used when the case has no <c>asOf</c>.</param>
    /// <param name="scratch">Working memory of this engine.</param>
    /// <exception cref="ArgumentException">The case was validated against another knowledge version.</exception>
    public void EvaluateInto(PatientCase patient, DateOnly today, EvaluationScratch scratch)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(scratch);
        if (patient.KnowledgeVersion != Knowledge.Version)
        {
            throw new ArgumentException(
                $"The case '{patient.Id}' was validated against knowledge {patient.KnowledgeVersion}, not this engine's {Knowledge.Version}; validate it again.", nameof(patient));
        }

        CaseEvaluator.Evaluate(this, patient, patient.AsOf ?? today, scratch);
    }

    /// <summary>Builds the report of the case last evaluated into <paramref name="scratch"/>.</summary>
    /// <param name="scratch">Working memory after <see cref="EvaluateInto"/>.</param>
    public DecisionReport Report(EvaluationScratch scratch)
    {
        ArgumentNullException.ThrowIfNull(scratch);
        return ReportBuilder.Build(this, scratch);
    }

    private static IEnumerable<string> Flags(Eligibility.CriterionTest test) => test switch
    {
        Eligibility.FlagTest f => [f.Flag],
        Eligibility.NotTest n => Flags(n.Part),
        Eligibility.AllOfTest a => a.Parts.SelectMany(Flags),
        Eligibility.AnyOfTest a => a.Parts.SelectMany(Flags),
        _ => [],
    };

    private static (Conflict, int[], int[])[] Conflicts(KnowledgeBase kb, InterventionId intervention, PainType pain, Dictionary<Guidelines.RecommendationId, int> index) =>
        ConflictDetector.Compare(kb, intervention, pain).Conflicts
            .Select(c => (c, c.First.Positions.Select(p => index[p.Recommendation.Id]).Distinct().ToArray(),
                c.Second.Positions.Select(p => index[p.Recommendation.Id]).Distinct().ToArray()))
            .ToArray();
}
