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
        StatusCount = new int[questions];
        StatusStamp = new int[questions];
        ApplicabilityCount = new int[questions];
        ApplicabilityStamp = new int[questions];
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

    internal int[] StatusCount { get; }

    internal int[] StatusStamp { get; }

    internal int[] ApplicabilityCount { get; }

    internal int[] ApplicabilityStamp { get; }

    /// <summary>The status of the intervention at position <paramref name="plan"/> of <see cref="DecisionEngine.Interventions"/> after the last evaluation.</summary>
    /// <param name="plan">Index into <see cref="DecisionEngine.Interventions"/>.</param>
    public CandidateStatus StatusAt(int plan) => Status[plan];
}
