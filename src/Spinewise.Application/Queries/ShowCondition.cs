using Spinewise.Application.Contracts;
using Spinewise.Application.Internal;

namespace Spinewise.Application.Queries;

/// <summary>Shows one condition by id, label or synonym.</summary>
/// <param name="host">The knowledge.</param>
public sealed class ShowCondition(KnowledgeHost host)
{
    /// <summary>The condition that <paramref name="id"/> names (id, label or synonym, any letter case).</summary>
    /// <param name="id">The id or name.</param>
    /// <returns>The condition, or an <see cref="UnknownIdFailure"/> for parameter <c>id</c>.</returns>
    public Outcome<ConditionContract> Execute(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var kb = host.Knowledge;
        return IdResolver.Condition(kb, id) is { } resolved
            ? new ConditionContract(host.Version, VocabularyEntryJson.From(kb.FindCondition(resolved)!))
            : IdResolver.UnknownCondition(kb, "id", id);
    }
}
