using Spinewise.Application.Contracts;
using Spinewise.Application.Internal;

namespace Spinewise.Application.Queries;

/// <summary>Shows one intervention by id, label or synonym.</summary>
/// <param name="host">The knowledge.</param>
public sealed class ShowIntervention(KnowledgeHost host)
{
    /// <summary>The intervention that <paramref name="id"/> names (id, label or synonym, any letter case).</summary>
    /// <param name="id">The id or name.</param>
    /// <returns>The intervention, or an <see cref="UnknownIdFailure"/> for parameter <c>id</c>.</returns>
    public Outcome<InterventionContract> Execute(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var kb = host.Knowledge;
        return IdResolver.Intervention(kb, id) is { } resolved
            ? new InterventionContract(host.Version, VocabularyEntryJson.From(kb.FindIntervention(resolved)!))
            : IdResolver.UnknownIntervention(kb, "id", id);
    }
}
