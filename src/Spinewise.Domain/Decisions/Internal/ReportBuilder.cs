using Spinewise.Domain.Eligibility;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Decisions.Internal;

/// <summary>Builds the report of a case from an evaluated scratch.</summary>
internal static class ReportBuilder
{
    public static DecisionReport Build(DecisionEngine engine, EvaluationScratch s)
    {
        var why = new string?[engine.Specs.Length];
        var assessments = new InterventionAssessment[engine.Plans.Length];
        for (var p = 0; p < engine.Plans.Length; p++)
        {
            var plan = engine.Plans[p];
            var status = s.Status[p];
            var criteria = plan.Criteria.Select(c => new CriterionOutcome(c.Criterion, s.NodeResults[c.Root])).ToArray();
            var recommendations = plan.Positions
                .Select(x => new RecommendationFit(x.Position, ToApplicability(s.Applies[x.Recommendation]),
                    why[x.Recommendation] ??= WhyText.For(engine, engine.Specs[x.Recommendation], s)))
                .ToArray();
            assessments[p] = new InterventionAssessment(plan.Intervention, status, Decisive(status, criteria), criteria, recommendations,
                plan.NotAddressedBy, Conflicts(plan, s));
        }

        return new DecisionReport(engine.Knowledge.Version, s.Case!.Id, s.AsOf, assessments, AskNext(engine, s));
    }

    private static CriterionOutcome[] Decisive(CandidateStatus status, CriterionOutcome[] criteria) => status switch
    {
        CandidateStatus.NotCandidate => criteria.Where(c => (c.Criterion.IsRequired && c.Result == Truth.NotMet)
            || (c.Criterion.Role == CriterionRole.Contraindication && c.Result == Truth.Met)).ToArray(),
        CandidateStatus.Undetermined => criteria.Where(c => c.Criterion.Role != CriterionRole.Eligibility && c.Result == Truth.Unknown).ToArray(),
        _ => [],
    };

    private static CaseConflict[] Conflicts(InterventionPlan plan, EvaluationScratch s)
    {
        IEnumerable<(Conflicts.Conflict Conflict, int[] First, int[] Second)> relevant = (s.PainAxial, s.PainRadicular) switch
        {
            (Truth.Met, Truth.NotMet) => plan.AxialConflicts,
            (Truth.NotMet, Truth.Met) => plan.RadicularConflicts,
            _ => plan.AxialConflicts.Concat(plan.RadicularConflicts),
        };
        var result = new List<CaseConflict>();
        foreach (var (conflict, first, second) in relevant)
        {
            var applies = TruthLogic.And(first.Select(r => s.Applies[r]).Max(), second.Select(r => s.Applies[r]).Max());
            if (applies != Truth.NotMet)
            {
                result.Add(new CaseConflict(conflict, ToApplicability(applies)));
            }
        }

        return [.. result];
    }

    private static AskNextQuestion[] AskNext(DecisionEngine engine, EvaluationScratch s)
    {
        var asked = Enumerable.Range(0, engine.QuestionKeys.Length)
            .Where(q => s.StatusCount[q] > 0 || s.ApplicabilityCount[q] > 0)
            .OrderByDescending(q => s.StatusCount[q])
            .ThenByDescending(q => s.ApplicabilityCount[q])
            .ThenBy(q => q)
            .ToList();
        if (asked.Count == 0)
        {
            return [];
        }

        var affects = asked.ToDictionary(q => q, _ => new List<InterventionId>());
        var criteria = asked.ToDictionary(q => q, _ => new List<string>());
        var applicability = asked.ToDictionary(q => q, _ => new List<InterventionId>());
        for (var p = 0; p < engine.Plans.Length; p++)
        {
            var plan = engine.Plans[p];
            if (s.Status[p] == CandidateStatus.Undetermined)
            {
                foreach (var c in plan.Criteria.Where(c => c.Criterion.Role != CriterionRole.Eligibility))
                {
                    foreach (var q in UnknownLeafQuestions(engine, s, c.Root).Distinct())
                    {
                        criteria[q].Add(c.Criterion.Id);
                        if (!affects[q].Contains(plan.Intervention.Id))
                        {
                            affects[q].Add(plan.Intervention.Id);
                        }
                    }
                }
            }

            foreach (var q in asked.Where(q => s.ApplicabilityStamp[q] != 0 && MayDecideApplicability(engine, plan, s, q)))
            {
                applicability[q].Add(plan.Intervention.Id);
            }
        }

        return asked.Select(q => new AskNextQuestion(engine.QuestionKeys[q], engine.QuestionTexts[q], affects[q], applicability[q], criteria[q])).ToArray();
    }

    private static bool MayDecideApplicability(DecisionEngine engine, InterventionPlan plan, EvaluationScratch s, int question)
    {
        foreach (var (_, recommendation) in plan.Positions)
        {
            if (s.Applies[recommendation] != Truth.Unknown)
            {
                continue;
            }

            var spec = engine.Specs[recommendation];
            var painUnknown = (spec.PainRestriction == 0 && s.PainAxial == Truth.Unknown) || (spec.PainRestriction == 1 && s.PainRadicular == Truth.Unknown);
            var durationUnknown = !double.IsNaN(spec.MinimumDurationMonths)
                && double.IsNaN(s.Numbers[engine.Facts.NumberSlot(Cases.CaseFacts.PainDurationMonths)]);
            if ((painUnknown && spec.PainQuestion == question) || (durationUnknown && spec.DurationQuestion == question)
                || spec.ExclusionQuestions.Where((_, i) => !spec.Exclusions[i].Unverified && CaseEvaluator.ConditionTruth(s, spec.Exclusions[i].Condition) == Truth.Unknown).Contains(question)
                || (!spec.Conditions.Any(c => CaseEvaluator.ConditionTruth(s, c) == Truth.Met)
                    && spec.ConditionQuestions.Where((_, i) => CaseEvaluator.ConditionTruth(s, spec.Conditions[i]) == Truth.Unknown).Contains(question)))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<int> UnknownLeafQuestions(DecisionEngine engine, EvaluationScratch s, int node)
    {
        if (s.NodeResults[node] != Truth.Unknown)
        {
            yield break;
        }

        var n = engine.Nodes[node];
        if (n.IsLeaf)
        {
            yield return n.Question;
            yield break;
        }

        for (var c = n.ChildStart; c < n.ChildStart + n.ChildCount; c++)
        {
            foreach (var q in UnknownLeafQuestions(engine, s, engine.Children[c]))
            {
                yield return q;
            }
        }
    }

    private static Applicability ToApplicability(Truth truth) => truth switch
    {
        Truth.Met => Applicability.Yes,
        Truth.NotMet => Applicability.No,
        _ => Applicability.Unknown,
    };
}
