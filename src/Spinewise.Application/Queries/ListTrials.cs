using Spinewise.Application.Contracts;
using Spinewise.Application.Internal;

namespace Spinewise.Application.Queries;

/// <summary>Lists the trials, optionally only those with an arm receiving an intervention.</summary>
/// <param name="host">The knowledge.</param>
public sealed class ListTrials(KnowledgeHost host)
{
    /// <summary>The trials, in knowledge order.</summary>
    /// <param name="intervention">An intervention id, label or synonym; null for every trial.</param>
    /// <returns>The trials, or an <see cref="UnknownIdFailure"/> for parameter <c>intervention</c>.</returns>
    public Outcome<TrialsContract> Execute(string? intervention)
    {
        var kb = host.Knowledge;
        var id = intervention is null ? null : IdResolver.Intervention(kb, intervention);
        if (intervention is not null && id is null)
        {
            return IdResolver.UnknownIntervention(kb, "intervention", intervention);
        }

        var trials = kb.Trials.Where(t => id is not { } i || t.Studies(i)).Select(t => TrialJson.From(kb, t)).ToList();
        return new TrialsContract(host.Version, id?.Value, trials);
    }
}
