using Spinewise.Domain.Conflicts;

namespace Spinewise.Web.Pages.Guidelines;

/// <summary>
/// The few conflicts the home page shows, built once from the served knowledge: guidelines pointing different ways on
/// an intervention, those whose reasons a source states first, then those between the most recent guidelines, one per
/// intervention.
/// </summary>
internal sealed class DisagreementTeaser
{
    /// <summary>How many conflicts the home page shows.</summary>
    public const int Shown = 3;

    public DisagreementTeaser(GuidelineCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var kb = catalog.Knowledge;
        var all = kb.Interventions
            .Select(i => (Intervention: i, Conflicts: ConflictDetector.Compare(kb, i.Id).Conflicts.Where(c => c.Kind == ConflictKind.Direction).ToList()))
            .Where(x => x.Conflicts.Count > 0)
            .Select(x => (x.Intervention, Conflict: x.Conflicts.OrderByDescending(c => c.Reasons.Count).ThenByDescending(c => Recency(kb, c)).First(), Count: x.Conflicts.Count))
            .ToList();
        InterventionsInConflict = all.Count;
        Items = all
            .OrderByDescending(x => x.Conflict.Reasons.Count > 0)
            .ThenByDescending(x => Recency(kb, x.Conflict))
            .ThenByDescending(x => x.Count)
            .Take(Shown)
            .Select(x => new Disagreement(
                x.Intervention,
                x.Conflict,
                x.Conflict.First.Positions[0],
                x.Conflict.Second.Positions[0],
                x.Conflict.Reasons.Select(r => kb.FindReasonCode(r.Code)?.Label ?? r.Code).Distinct(StringComparer.Ordinal).ToList()))
            .ToList();
    }

    /// <summary>How recent the two guidelines of a conflict are (the later years first): the current disagreement before older ones.</summary>
    private static int Recency(Domain.KnowledgeBase kb, Conflict conflict) =>
        (kb.FindGuideline(conflict.First.Guideline)?.Citation.Year ?? 0) + (kb.FindGuideline(conflict.Second.Guideline)?.Citation.Year ?? 0);

    /// <summary>The conflicts shown.</summary>
    public IReadOnlyList<Disagreement> Items { get; }

    /// <summary>How many interventions have at least one conflict of direction.</summary>
    public int InterventionsInConflict { get; }
}
