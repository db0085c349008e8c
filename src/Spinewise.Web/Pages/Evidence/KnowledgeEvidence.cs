using Spinewise.Application;
using Spinewise.Domain.Evidence;

namespace Spinewise.Web.Pages.Evidence;

/// <summary>
/// What the knowledge holds for the workbench, built once from the served knowledge: its syntheses (pooled estimates
/// with their sources) and its trials. None carries a per-study table, so none can be re-analysed here; the page says so.
/// </summary>
internal sealed class KnowledgeEvidence(KnowledgeHost host)
{
    private readonly Lazy<(IReadOnlyList<EvidenceSynthesis> Syntheses, int Trials)> _view = new(() =>
        ([.. host.Knowledge.Syntheses.OrderBy(s => s.Id, StringComparer.Ordinal)], host.Knowledge.Trials.Count));

    /// <summary>The syntheses, by id.</summary>
    public IReadOnlyList<EvidenceSynthesis> Syntheses => _view.Value.Syntheses;

    /// <summary>How many trials the knowledge describes (design, arms, reported findings; no per-arm data for escalc).</summary>
    public int Trials => _view.Value.Trials;
}
