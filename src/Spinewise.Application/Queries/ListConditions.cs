using Spinewise.Application.Contracts;

namespace Spinewise.Application.Queries;

/// <summary>Lists the condition ids with labels and synonyms.</summary>
/// <param name="host">The knowledge.</param>
public sealed class ListConditions(KnowledgeHost host)
{
    /// <summary>Every condition, in knowledge order.</summary>
    /// <returns>The conditions contract.</returns>
    public ConditionsContract Execute()
    {
        var list = host.Knowledge.Conditions.Select(VocabularyEntryJson.From).ToList();
        return new ConditionsContract(host.Version, list.Count, list);
    }
}
