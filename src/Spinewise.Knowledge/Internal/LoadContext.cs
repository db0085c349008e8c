using Spinewise.Domain.Conflicts;
using Spinewise.Domain.Evidence;
using Spinewise.Domain.Grading;
using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Sources;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Knowledge.Internal;

/// <summary>Everything read from the files so far, the references still to check and the ids defined (for duplicates).</summary>
internal sealed class LoadContext(DiagnosticBag bag)
{
    private readonly Dictionary<(ReferenceKind Kind, string? Scope, string Id), Location> _defined = [];

    public DiagnosticBag Bag { get; } = bag;

    public List<SourceDocument> Sources { get; } = [];

    public List<Intervention> Interventions { get; } = [];

    public List<Condition> Conditions { get; } = [];

    public List<GradingScheme> Schemes { get; } = [];

    public List<RawGuideline> Guidelines { get; } = [];

    public List<RawRecommendation> Recommendations { get; } = [];

    public List<GuidelineTable> Tables { get; } = [];

    public List<PendingReference> References { get; } = [];

    public List<EvidenceSynthesis> Syntheses { get; } = [];

    public List<Trial> Trials { get; } = [];

    public List<Critique> Critiques { get; } = [];

    public List<ConflictReasonCode> ReasonCodes { get; } = [];

    public List<ConflictExplanation> Explanations { get; } = [];

    public List<Domain.Eligibility.InterventionCriteria> Criteria { get; } = [];

    public List<Domain.Codes.CodeMapEntry> Codes { get; } = [];

    /// <summary>The reference definitions of acute and chronic pain, once read.</summary>
    public Domain.Vocabulary.PainDurationDefinitions? PainDurations { get; set; }

    /// <summary>Topics (guideline, topic) for which some file lists recommendations, valid or not.</summary>
    public HashSet<(string Guideline, string Topic)> TopicsWithEntries { get; } = [];

    /// <summary>Records a definition; reports a duplicate and returns false when the id is already defined.</summary>
    public bool Define(ReferenceKind kind, string id, Location at, string? scope = null)
    {
        if (_defined.TryGetValue((kind, scope, id), out var first))
        {
            Bag.Add(DiagnosticCodes.DuplicateId, at, $"duplicate {Describe(kind)} id '{id}' (first defined at {first.File}:{first.Line}:{first.Column})");
            return false;
        }

        _defined[(kind, scope, id)] = at;
        return true;
    }

    public Location? DefinitionOf(ReferenceKind kind, string id, string? scope = null) =>
        _defined.TryGetValue((kind, scope, id), out var at) ? at : null;

    public bool IsDefined(ReferenceKind kind, string id, string? scope = null) => _defined.ContainsKey((kind, scope, id));

    public IEnumerable<string> DefinedIds(ReferenceKind kind, string? scope = null) =>
        _defined.Keys.Where(k => k.Kind == kind && k.Scope == scope).Select(k => k.Id);

    public void Reference(ReferenceKind kind, string id, Location at, string? scope = null) =>
        References.Add(new PendingReference(kind, id, scope, at));

    public static string Describe(ReferenceKind kind) => kind switch
    {
        ReferenceKind.GradingScheme => "grading scheme",
        ReferenceKind.ReasonCode => "conflict reason code",
        ReferenceKind.CriteriaFile => "criteria file for intervention",
        ReferenceKind.Code => "code",
        _ => Domain.Text.KebabCase.Of(kind).Replace('-', ' '),
    };
}
