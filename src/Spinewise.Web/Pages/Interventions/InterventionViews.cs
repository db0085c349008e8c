using System.Collections.Concurrent;
using Spinewise.Application;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Web.Pages.Interventions;

/// <summary>
/// The interventions' view models, computed from the served knowledge once (the list eagerly on first use, each
/// intervention's page on its first request) and kept: the knowledge of a process never changes.
/// </summary>
internal sealed class InterventionViews(KnowledgeHost host)
{
    private readonly Lazy<IReadOnlyList<InterventionSummary>> _all = new(() => InterventionSummary.All(host.Knowledge));
    private readonly ConcurrentDictionary<InterventionId, Lazy<InterventionView>> _views = new();

    /// <summary>The knowledge version the views are built from.</summary>
    public string Version => host.Version;

    /// <summary>Every intervention of the vocabulary, in vocabulary order.</summary>
    public IReadOnlyList<InterventionSummary> All => _all.Value;

    /// <summary>
    /// The page of the intervention an id names exactly, or <see langword="null"/> for an unknown id; <paramref name="canonical"/>
    /// is the vocabulary id when <paramref name="id"/> is a label, synonym or another letter case of it (the page redirects).
    /// </summary>
    public InterventionView? Find(string id, out string? canonical)
    {
        canonical = null;
        var kb = host.Knowledge;
        var exact = kb.FindIntervention(new InterventionId(id));
        if (exact is null)
        {
            canonical = kb.Interventions.FirstOrDefault(i => i.Id.Value.Equals(id, StringComparison.OrdinalIgnoreCase)
                || i.Label.Equals(id, StringComparison.OrdinalIgnoreCase)
                || i.Synonyms.Any(s => s.Equals(id, StringComparison.OrdinalIgnoreCase)))?.Id.Value;
            return null;
        }

        return _views.GetOrAdd(exact.Id, key => new Lazy<InterventionView>(() => InterventionView.Build(kb, kb.FindIntervention(key)!))).Value;
    }
}
