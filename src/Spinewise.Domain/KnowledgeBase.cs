using System.Collections.Frozen;
using Spinewise.Domain.Codes;
using Spinewise.Domain.Conflicts;
using Spinewise.Domain.Eligibility;
using Spinewise.Domain.Evidence;
using Spinewise.Domain.Grading;
using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Sources;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain;

/// <summary>
/// The loaded knowledge: vocabulary, grading schemes, source register, guidelines with their recommendations and
/// tables. Immutable and indexed by id; build it through the knowledge loader, which validates every reference.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly FrozenDictionary<GuidelineId, Guideline> _guidelines;
    private readonly FrozenDictionary<RecommendationId, Recommendation> _recommendations;
    private readonly FrozenDictionary<InterventionId, Intervention> _interventions;
    private readonly FrozenDictionary<ConditionId, Condition> _conditions;
    private readonly FrozenDictionary<GradingSchemeId, GradingScheme> _schemes;
    private readonly FrozenDictionary<SourceId, SourceDocument> _sources;
    private readonly FrozenDictionary<string, GuidelineTable> _tables;
    private readonly FrozenDictionary<string, EvidenceSynthesis> _syntheses;
    private readonly FrozenDictionary<string, Trial> _trials;
    private readonly FrozenDictionary<string, ConflictReasonCode> _reasonCodes;
    private readonly FrozenDictionary<InterventionId, InterventionCriteria> _criteria;

    /// <summary>Creates an indexed knowledge base. Ids must be unique; the loader guarantees it.</summary>
    /// <param name="version">Content hash of the files it was loaded from.</param>
    /// <param name="content">What was loaded.</param>
    public KnowledgeBase(KnowledgeVersion version, KnowledgeContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        Version = version;
        Guidelines = content.Guidelines.ToArray();
        Interventions = content.Interventions.ToArray();
        Conditions = content.Conditions.ToArray();
        GradingSchemes = content.Schemes.ToArray();
        Sources = content.Sources.ToArray();
        Tables = content.Tables.ToArray();
        Syntheses = content.Syntheses.ToArray();
        Trials = content.Trials.ToArray();
        Critiques = content.Critiques.ToArray();
        ReasonCodes = content.ReasonCodes.ToArray();
        Explanations = content.Explanations.ToArray();
        Criteria = content.Criteria.ToArray();
        PainDurations = content.PainDurations;
        Codes = content.Codes is null ? CodeMap.Empty : new CodeMap(content.Codes);
        _criteria = Criteria.ToFrozenDictionary(c => c.Intervention);
        Recommendations = Guidelines.SelectMany(g => g.Recommendations).ToArray();
        _guidelines = Guidelines.ToFrozenDictionary(g => g.Id);
        _recommendations = Recommendations.ToFrozenDictionary(r => r.Id);
        _interventions = Interventions.ToFrozenDictionary(i => i.Id);
        _conditions = Conditions.ToFrozenDictionary(c => c.Id);
        _schemes = GradingSchemes.ToFrozenDictionary(s => s.Id);
        _sources = Sources.ToFrozenDictionary(s => s.Id);
        _tables = Tables.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);
        _syntheses = Syntheses.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        _trials = Trials.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);
        _reasonCodes = ReasonCodes.ToFrozenDictionary(r => r.Code, StringComparer.Ordinal);
    }

    /// <summary>Standard codes (ICD-10-CM, SNOMED CT, CPT, HCPCS, LOINC) mapped to vocabulary ids, findings and flags, with their sources.</summary>
    public CodeMap Codes { get; }

    /// <summary>Reference definitions of acute and chronic pain, used where a guideline gives none; or <see langword="null"/>.</summary>
    public PainDurationDefinitions? PainDurations { get; }

    /// <summary>Selection criteria, one entry per intervention that sources state criteria for.</summary>
    public IReadOnlyList<InterventionCriteria> Criteria { get; }

    /// <summary>The selection criteria of an intervention, or <see langword="null"/> when no source states any.</summary>
    /// <param name="intervention">Vocabulary id.</param>
    public InterventionCriteria? CriteriaOf(InterventionId intervention) => _criteria.GetValueOrDefault(intervention);

    /// <summary>Evidence syntheses.</summary>
    public IReadOnlyList<EvidenceSynthesis> Syntheses { get; }

    /// <summary>Trials.</summary>
    public IReadOnlyList<Trial> Trials { get; }

    /// <summary>Critiques and rebuttals.</summary>
    public IReadOnlyList<Critique> Critiques { get; }

    /// <summary>Conflict reason codes.</summary>
    public IReadOnlyList<ConflictReasonCode> ReasonCodes { get; }

    /// <summary>Source-stated reasons two guidelines differ.</summary>
    public IReadOnlyList<ConflictExplanation> Explanations { get; }

    /// <summary>The synthesis with the given id, or <see langword="null"/>.</summary>
    /// <param name="id">Synthesis id.</param>
    public EvidenceSynthesis? FindSynthesis(string id) => _syntheses.GetValueOrDefault(id);

    /// <summary>The trial with the given id, or <see langword="null"/>.</summary>
    /// <param name="id">Trial id.</param>
    public Trial? FindTrial(string id) => _trials.GetValueOrDefault(id);

    /// <summary>The conflict reason code, or <see langword="null"/>.</summary>
    /// <param name="code">Reason code.</param>
    public ConflictReasonCode? FindReasonCode(string code) => _reasonCodes.GetValueOrDefault(code);

    /// <summary>Content hash of the knowledge files.</summary>
    public KnowledgeVersion Version { get; }

    /// <summary>Guidelines in display order.</summary>
    public IReadOnlyList<Guideline> Guidelines { get; }

    /// <summary>Every recommendation of every guideline, guideline by guideline in published order.</summary>
    public IReadOnlyList<Recommendation> Recommendations { get; }

    /// <summary>Intervention vocabulary.</summary>
    public IReadOnlyList<Intervention> Interventions { get; }

    /// <summary>Condition vocabulary.</summary>
    public IReadOnlyList<Condition> Conditions { get; }

    /// <summary>Grading schemes.</summary>
    public IReadOnlyList<GradingScheme> GradingSchemes { get; }

    /// <summary>Source register.</summary>
    public IReadOnlyList<SourceDocument> Sources { get; }

    /// <summary>Guideline tables.</summary>
    public IReadOnlyList<GuidelineTable> Tables { get; }

    /// <summary>The guideline with the given id, or <see langword="null"/>.</summary>
    /// <param name="id">Guideline id.</param>
    public Guideline? FindGuideline(GuidelineId id) => _guidelines.GetValueOrDefault(id);

    /// <summary>The recommendation with the given id, or <see langword="null"/>.</summary>
    /// <param name="id">Recommendation id.</param>
    public Recommendation? FindRecommendation(RecommendationId id) => _recommendations.GetValueOrDefault(id);

    /// <summary>The intervention with the given id, or <see langword="null"/>.</summary>
    /// <param name="id">Intervention id.</param>
    public Intervention? FindIntervention(InterventionId id) => _interventions.GetValueOrDefault(id);

    /// <summary>The condition with the given id, or <see langword="null"/>.</summary>
    /// <param name="id">Condition id.</param>
    public Condition? FindCondition(ConditionId id) => _conditions.GetValueOrDefault(id);

    /// <summary>The grading scheme with the given id, or <see langword="null"/>.</summary>
    /// <param name="id">Scheme id.</param>
    public GradingScheme? FindGradingScheme(GradingSchemeId id) => _schemes.GetValueOrDefault(id);

    /// <summary>The source document with the given id, or <see langword="null"/>.</summary>
    /// <param name="id">Source id.</param>
    public SourceDocument? FindSource(SourceId id) => _sources.GetValueOrDefault(id);

    /// <summary>The table with the given id, or <see langword="null"/>.</summary>
    /// <param name="id">Table id.</param>
    public GuidelineTable? FindTable(string id) => _tables.GetValueOrDefault(id);

    /// <summary>
    /// True when two condition lists can concern the same patients: either is empty (not restricted), or a condition of
    /// one equals a condition of the other or one of its broader conditions (transitively).
    /// </summary>
    /// <param name="a">One list.</param>
    /// <param name="b">The other list.</param>
    public bool ConditionsOverlap(IReadOnlyList<ConditionId> a, IReadOnlyList<ConditionId> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count == 0 || b.Count == 0)
        {
            return true;
        }

        var closureA = Closure(a);
        var closureB = Closure(b);
        return a.Any(closureB.Contains) || b.Any(closureA.Contains);
    }

    /// <summary>
    /// The conditions a recommendation concerns: those it names, or, when it names none, the conditions whose standard
    /// codes match its guideline's scope (ASPN 2022's MeSH D017116 is low back pain); empty when neither says.
    /// </summary>
    /// <param name="recommendation">A recommendation of this knowledge base.</param>
    public IReadOnlyList<ConditionId> ConditionsOf(Recommendation recommendation)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        if (recommendation.Conditions.Count > 0 || FindGuideline(recommendation.Guideline)?.Scope is not { } scope)
        {
            return recommendation.Conditions;
        }

        return Conditions
            .Where(c => c.Codes.Any(code => scope.Mesh.Any(m => m.System == code.System && m.Code == code.Code)))
            .Select(c => c.Id)
            .ToList();
    }

    private HashSet<ConditionId> Closure(IReadOnlyList<ConditionId> conditions)
    {
        var seen = new HashSet<ConditionId>();
        var pending = new Stack<ConditionId>(conditions);
        while (pending.TryPop(out var id))
        {
            if (seen.Add(id) && _conditions.TryGetValue(id, out var condition))
            {
                foreach (var broader in condition.Broader)
                {
                    pending.Push(broader);
                }
            }
        }

        return seen;
    }

    /// <summary>The grading scheme a guideline uses.</summary>
    /// <param name="guideline">A guideline of this knowledge base.</param>
    public GradingScheme SchemeOf(Guideline guideline)
    {
        ArgumentNullException.ThrowIfNull(guideline);
        return _schemes[guideline.GradingScheme];
    }

    /// <summary>The tables of a guideline, in display order.</summary>
    /// <param name="guideline">Guideline id.</param>
    public IReadOnlyList<GuidelineTable> TablesOf(GuidelineId guideline) => Tables.Where(t => t.Guideline == guideline).ToList();

    /// <summary>The recommendations passing a query, in knowledge order.</summary>
    /// <param name="query">The filter.</param>
    public IReadOnlyList<Recommendation> Query(RecommendationQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Recommendations.Where(query.Matches).ToList();
    }
}
