using Spinewise.Domain.Cases;
using Spinewise.Domain.Eligibility;

namespace Spinewise.Domain.Decisions.Internal;

/// <summary>
/// Orders "what to ask next" as a clinician would ask (docs/ask-next.md): first the red flags — conditions that exclude
/// a guideline's population (cancer, infection, fracture, inflammatory arthropathy) or contraindicate a procedure
/// the case suggests —;
/// then who the guidelines are about (age, pain duration, pain type); then the rest. Within each group, by how much of
/// the remaining uncertainty about the procedures the case suggests the answer removes (each suggested, undetermined
/// procedure shares one point among its unknown questions, so the one question left before a procedure is decided
/// counts 1), then by how many statuses, then by how many recommendations' applicability it bears on.
/// </summary>
internal static class QuestionRanking
{
    /// <summary>A condition that excludes a guideline's population (or contraindicates a procedure the case suggests).</summary>
    public const byte RedFlag = 0;

    /// <summary>Age, pain duration or pain type.</summary>
    public const byte Population = 1;

    /// <summary>Anything else (differential diagnoses, findings, flags, history).</summary>
    public const byte Other = 2;

    /// <summary>A condition that contraindicates some procedure: a red flag when that bears on a procedure the case suggests, else other.</summary>
    public const byte Contraindicating = 3;

    /// <summary>The group of a question for this case.</summary>
    public static byte GroupFor(byte group, double share) =>
        group == Contraindicating ? (share > 0 ? RedFlag : Other) : group;

    /// <summary>The group of each question, fixed at compile time.</summary>
    public static byte[] Groups(DecisionEngine engine, int questionCount)
    {
        var groups = Enumerable.Repeat(Other, questionCount).ToArray();
        foreach (var spec in engine.Specs)
        {
            foreach (var q in spec.ExclusionQuestions)
            {
                groups[q] = RedFlag;
            }
        }

        foreach (var plan in engine.Plans)
        {
            foreach (var criterion in plan.Criteria.Where(c => c.Criterion.Role == CriterionRole.Contraindication))
            {
                foreach (var q in Leaves(engine, criterion.Root).Where(q => engine.QuestionKeys[q].StartsWith("conditions.", StringComparison.Ordinal)))
                {
                    groups[q] = Math.Min(groups[q], Contraindicating);
                }
            }
        }

        for (var q = 0; q < questionCount; q++)
        {
            if (groups[q] == Other && engine.QuestionKeys[q] is CaseFacts.Age or CaseFacts.PainDurationMonths or "painType")
            {
                groups[q] = Population;
            }
        }

        return groups;
    }

    /// <summary>
    /// Per question, its share of the uncertainty about the procedures the case suggests: undetermined procedures one of
    /// whose indications is met, or whose intervention the history lists, each dividing one point among its unknown
    /// questions.
    /// </summary>
    public static double[] Shares(DecisionEngine engine, EvaluationScratch s, int questionCount)
    {
        var shares = new double[questionCount];
        var words = s.PlanWords;
        for (var p = 0; p < engine.Plans.Length; p++)
        {
            if (s.Status[p] != CandidateStatus.Undetermined || !IsSuggested(engine, s, p))
            {
                continue;
            }

            var unknown = 0;
            for (var q = 0; q < questionCount; q++)
            {
                unknown += Bits.Has(s.StatusPlans, (q * words * 64) + p) ? 1 : 0;
            }

            for (var q = 0; q < questionCount && unknown > 0; q++)
            {
                shares[q] += Bits.Has(s.StatusPlans, (q * words * 64) + p) ? 1.0 / unknown : 0;
            }
        }

        return shares;
    }

    /// <summary>One of the plan's indications is met, or the history lists its intervention.</summary>
    private static bool IsSuggested(DecisionEngine engine, EvaluationScratch s, int p)
    {
        var plan = engine.Plans[p];
        foreach (var c in plan.Criteria)
        {
            if (c.Criterion.Role == CriterionRole.Indication && s.NodeResults[c.Root] == Truth.Met)
            {
                return true;
            }
        }

        return Bits.Has(s.Listed, engine.Facts.Intervention(plan.Intervention.Id));
    }

    private static IEnumerable<int> Leaves(DecisionEngine engine, int node)
    {
        var n = engine.Nodes[node];
        if (n.IsLeaf)
        {
            if (n.Question >= 0)
            {
                yield return n.Question;
            }

            yield break;
        }

        for (var c = n.ChildStart; c < n.ChildStart + n.ChildCount; c++)
        {
            foreach (var q in Leaves(engine, engine.Children[c]))
            {
                yield return q;
            }
        }
    }
}
