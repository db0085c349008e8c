using Spinewise.Application;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Web.Pages.Evaluate;

/// <summary>
/// What the case form offers, taken from the served knowledge's vocabulary (conditions, interventions and their
/// variants, sorted by label) — never written by hand. Built once per knowledge version.
/// </summary>
internal sealed class CaseFormVocabulary(KnowledgeHost host)
{
    private readonly Lazy<Lists> _lists = new(() => Build(host));

    public IReadOnlyList<Condition> Conditions => _lists.Value.Conditions;

    public IReadOnlyList<Intervention> Interventions => _lists.Value.Interventions;

    private static Lists Build(KnowledgeHost host)
    {
        var kb = host.Knowledge;
        return new Lists(
            [.. kb.Conditions.OrderBy(c => c.Label, StringComparer.OrdinalIgnoreCase)],
            [.. kb.Interventions.OrderBy(i => i.Label, StringComparer.OrdinalIgnoreCase)]);
    }

    private sealed record Lists(IReadOnlyList<Condition> Conditions, IReadOnlyList<Intervention> Interventions);
}
