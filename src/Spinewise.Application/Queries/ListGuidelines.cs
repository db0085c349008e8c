using Spinewise.Application.Contracts;

namespace Spinewise.Application.Queries;

/// <summary>Lists every guideline with its grading scheme and counts.</summary>
/// <param name="host">The knowledge.</param>
public sealed class ListGuidelines(KnowledgeHost host)
{
    /// <summary>Every guideline's summary row, in knowledge order.</summary>
    /// <returns>The guidelines contract.</returns>
    public GuidelinesContract Execute()
    {
        var kb = host.Knowledge;
        return new GuidelinesContract(host.Version, [.. kb.Guidelines.Select(g => GuidelineSummaryJson.From(kb, g))]);
    }
}
