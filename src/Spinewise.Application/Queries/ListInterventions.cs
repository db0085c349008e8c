using Spinewise.Application.Contracts;

namespace Spinewise.Application.Queries;

/// <summary>Lists the intervention ids with labels, synonyms and variants.</summary>
/// <param name="host">The knowledge.</param>
public sealed class ListInterventions(KnowledgeHost host)
{
    /// <summary>Every intervention, in knowledge order.</summary>
    /// <returns>The interventions contract.</returns>
    public InterventionsContract Execute()
    {
        var list = host.Knowledge.Interventions.Select(VocabularyEntryJson.From).ToList();
        return new InterventionsContract(host.Version, list.Count, list);
    }
}
