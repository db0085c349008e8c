using Spinewise.Application.Contracts;

namespace Spinewise.Application.Queries;

/// <summary>Lists the evidence syntheses with their estimates.</summary>
/// <param name="host">The knowledge.</param>
public sealed class ListSyntheses(KnowledgeHost host)
{
    /// <summary>Every synthesis, in knowledge order.</summary>
    /// <returns>The syntheses contract.</returns>
    public SynthesesContract Execute()
    {
        var kb = host.Knowledge;
        return new SynthesesContract(host.Version, [.. kb.Syntheses.Select(s => SynthesisJson.From(kb, s))]);
    }
}
