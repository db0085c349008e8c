using Spinewise.Application.Contracts;
using Spinewise.Knowledge;

namespace Spinewise.Application.Queries;

/// <summary>Loads and validates a knowledge folder and summarises it: counts when valid, every error when not.</summary>
public static class ValidateKnowledge
{
    /// <summary>The summary of the knowledge in <paramref name="directory"/>.</summary>
    /// <param name="directory">The knowledge folder (made absolute).</param>
    /// <returns>The summary; <see cref="KnowledgeSummaryContract.Valid"/> says whether the knowledge is valid.</returns>
    public static KnowledgeSummaryContract Execute(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var full = Path.GetFullPath(directory);
        var result = KnowledgeLoader.Load(full);
        var kb = result.Knowledge;
        var counts = kb is null ? null : new KnowledgeCountsJson(
            kb.Guidelines.Count, kb.Guidelines.Sum(g => g.Topics.Count), kb.Recommendations.Count, kb.Tables.Count, kb.Interventions.Count,
            kb.Conditions.Count, kb.GradingSchemes.Count, kb.Sources.Count, kb.Criteria.Count, kb.Criteria.Sum(c => c.Criteria.Count));
        return new KnowledgeSummaryContract(result.Version.Sha256, full, result.IsValid, result.FileCount, counts, [.. result.Diagnostics.Select(KnowledgeDiagnosticJson.From)]);
    }
}
