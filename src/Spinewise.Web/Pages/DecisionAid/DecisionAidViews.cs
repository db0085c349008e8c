using System.Collections.Concurrent;
using Spinewise.Application;
using Spinewise.Domain.Vocabulary;
using Spinewise.Web.Pages.Interventions;

namespace Spinewise.Web.Pages.DecisionAid;

/// <summary>The decision aids, composed from the served knowledge once per intervention and kept (the knowledge of a process never changes).</summary>
internal sealed class DecisionAidViews(KnowledgeHost host, InterventionViews interventions)
{
    private readonly ConcurrentDictionary<InterventionId, Lazy<DecisionAidView>> _views = new();

    /// <summary>The interventions a decision aid has something to say about: a plain description, a recommendation or an estimate.</summary>
    public IReadOnlyList<InterventionSummary> Available => [.. interventions.All.Where(s => s.Guidelines > 0 || s.Intervention.Plain is not null)];

    /// <summary>The decision aid of an intervention id, or <see langword="null"/> (with the canonical id when the text is a synonym).</summary>
    public DecisionAidView? Find(string id, out string? canonical)
    {
        if (interventions.Find(id, out canonical) is not { } view)
        {
            return null;
        }

        return _views.GetOrAdd(view.Intervention.Id, _ => new Lazy<DecisionAidView>(() => DecisionAidView.Build(host.Knowledge, view))).Value;
    }
}
