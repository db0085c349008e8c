using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Cases;

/// <summary>
/// One patient as far as the chart tells, validated against one knowledge version (<see cref="KnowledgeVersion"/>).
/// Anything absent is unknown, never false: a condition not listed is unknown unless it is in <see cref="RuledOut"/>; the
/// history of an intervention is known once any entry for it is listed or it is in <see cref="NotDone"/>. Only
/// <see cref="CaseValidator"/> builds one (from a <see cref="CaseDraft"/>, as <see cref="CaseJsonReader"/> does).
/// </summary>
public sealed class PatientCase
{
    internal PatientCase(
        KnowledgeVersion knowledgeVersion,
        string id,
        DateOnly? asOf,
        int? age,
        Sex? sex,
        double? painDurationMonths,
        PainPresentation? painType,
        IReadOnlyList<ConditionId> conditions,
        IReadOnlyList<ConditionId> ruledOut,
        IReadOnlyDictionary<string, double> findings,
        IReadOnlyList<HistoryEntry> history,
        IReadOnlyList<InterventionId> notDone,
        IReadOnlyDictionary<string, bool> flags)
    {
        KnowledgeVersion = knowledgeVersion;
        Id = id;
        AsOf = asOf;
        Age = age;
        Sex = sex;
        PainDurationMonths = painDurationMonths;
        PainType = painType;
        Conditions = conditions;
        RuledOut = ruledOut;
        Findings = findings;
        History = history;
        NotDone = notDone;
        Flags = flags;
    }

    /// <summary>The knowledge the case was validated against; only an engine of that knowledge evaluates it.</summary>
    public KnowledgeVersion KnowledgeVersion { get; }

    /// <summary>Case id.</summary>
    public string Id { get; }

    /// <summary>The date the case describes, or <see langword="null"/> for the evaluation date.</summary>
    public DateOnly? AsOf { get; }

    /// <summary>Age in years.</summary>
    public int? Age { get; }

    /// <summary>Sex.</summary>
    public Sex? Sex { get; }

    /// <summary>Duration of the current pain, in months.</summary>
    public double? PainDurationMonths { get; }

    /// <summary>Axial, radicular or both.</summary>
    public PainPresentation? PainType { get; }

    /// <summary>Conditions present.</summary>
    public IReadOnlyList<ConditionId> Conditions { get; }

    /// <summary>Conditions known to be absent.</summary>
    public IReadOnlyList<ConditionId> RuledOut { get; }

    /// <summary>Measurements by findings key (<see cref="CaseFacts.Findings"/>).</summary>
    public IReadOnlyDictionary<string, double> Findings { get; }

    /// <summary>Interventions done.</summary>
    public IReadOnlyList<HistoryEntry> History { get; }

    /// <summary>Interventions known never to have been done.</summary>
    public IReadOnlyList<InterventionId> NotDone { get; }

    /// <summary>Yes/no facts by flag key (<see cref="CaseFacts.Flags"/>).</summary>
    public IReadOnlyDictionary<string, bool> Flags { get; }

    /// <summary>A case of which nothing but the id is known (tests).</summary>
    internal static PatientCase Empty(string id, KnowledgeVersion version) =>
        new(version, id, null, null, null, null, null, [], [], new Dictionary<string, double>(), [], [], new Dictionary<string, bool>());
}
