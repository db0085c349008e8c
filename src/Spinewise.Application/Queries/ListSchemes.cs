using Spinewise.Application.Contracts;

namespace Spinewise.Application.Queries;

/// <summary>Lists the grading schemes with their strengths and the guidelines using each.</summary>
/// <param name="host">The knowledge.</param>
public sealed class ListSchemes(KnowledgeHost host)
{
    /// <summary>Every grading scheme, in knowledge order.</summary>
    /// <returns>The schemes contract.</returns>
    public SchemesContract Execute()
    {
        var kb = host.Knowledge;
        return new SchemesContract(host.Version, [.. kb.GradingSchemes.Select(s => new SchemeEntryJson(
            GradingSchemeJson.From(kb, s),
            [.. s.Strengths.Select(x => new StrengthJson(x.Label, x.Normalised, x.Meaning, SourceJson.From(kb, x.Source)))],
            [.. kb.Guidelines.Where(g => g.GradingScheme == s.Id).Select(g => g.Id.Value)]))]);
    }
}
