using Spinewise.Application.Contracts;
using Spinewise.Application.Internal;

namespace Spinewise.Application.Queries;

/// <summary>Shows one trial: design, arms, follow-up, outcomes, eligibility, safety and reports.</summary>
/// <param name="host">The knowledge.</param>
public sealed class ShowTrial(KnowledgeHost host)
{
    /// <summary>The trial with id <paramref name="id"/>.</summary>
    /// <param name="id">The trial id, e.g. <c>motion</c>.</param>
    /// <returns>The trial, or an <see cref="UnknownIdFailure"/> for parameter <c>id</c>.</returns>
    public Outcome<TrialContract> Execute(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var kb = host.Knowledge;
        return kb.FindTrial(id) is { } trial
            ? new TrialContract(host.Version, TrialJson.From(kb, trial))
            : IdResolver.Unknown("id", "trial", id, kb.Trials.Select(t => t.Id));
    }
}
