using Spinewise.Domain.Cases;
using Spinewise.Domain.Eligibility;

namespace Spinewise.Domain.Decisions;

/// <summary>
/// Reusable working memory for evaluating cases with one <see cref="DecisionEngine"/>, so that evaluation allocates
/// nothing. One scratch serves one thread at a time; create one per thread (<see cref="DecisionEngine.CreateScratch"/>).
/// </summary>
public sealed class EvaluationScratch
{
    internal EvaluationScratch(int conditionWords, int interventionWords, int numbers, int flags, int nodes, int plans, int recommendations, int questions)
    {
        Present = new ulong[conditionWords];
        RuledOut = new ulong[conditionWords];
        Listed = new ulong[interventionWords];
        NotDone = new ulong[interventionWords];
        Numbers = new double[numbers];
        Flags = new Truth[flags];
        NodeResults = new Truth[nodes];
        Status = new CandidateStatus[plans];
        Applies = new Truth[recommendations];
        PlanWords = Internal.Bits.Words(plans);
        StatusPlans = new ulong[questions * PlanWords];
        ApplicabilityPlans = new ulong[questions * PlanWords];
    }

    internal PatientCase? Case { get; set; }

    internal DateOnly AsOf { get; set; }

    internal ulong[] Present { get; }

    internal ulong[] RuledOut { get; }

    internal ulong[] Listed { get; }

    internal ulong[] NotDone { get; }

    internal double[] Numbers { get; }

    internal Truth[] Flags { get; }

    internal Truth PainAxial { get; set; }

    internal Truth PainRadicular { get; set; }

    internal int[] HistoryIntervention { get; set; } = new int[16];

    internal Truth[] NodeResults { get; }

    internal CandidateStatus[] Status { get; }

    internal Truth[] Applies { get; }

    /// <summary>Words of a per-question plan bit set.</summary>
    internal int PlanWords { get; }

    /// <summary>Per question, the interventions (plans) whose undetermined status it bears on.</summary>
    internal ulong[] StatusPlans { get; }

    /// <summary>Per question, the interventions (plans) with a recommendation whose applicability it bears on.</summary>
    internal ulong[] ApplicabilityPlans { get; }

    /// <summary>The status of the intervention at position <paramref name="plan"/> of <see cref="DecisionEngine.Interventions"/> after the last evaluation.</summary>
    /// <param name="plan">Index into <see cref="DecisionEngine.Interventions"/>.</param>
    public CandidateStatus StatusAt(int plan) => Status[plan];
}
