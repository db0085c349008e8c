using Spinewise.Application.Contracts;
using Spinewise.Application.Internal;
using Spinewise.Domain;
using Spinewise.Domain.Guidelines;

namespace Spinewise.Application.Queries;

/// <summary>Recommendations filtered by guideline, intervention, condition and grade.</summary>
/// <param name="host">The knowledge.</param>
public sealed class QueryRecommendations(KnowledgeHost host)
{
    /// <summary>The recommendations matching every filter given; ids, labels and synonyms are resolved in any letter case.</summary>
    /// <param name="filters">The filters (each null when not given).</param>
    /// <returns>The recommendations with the resolved filters, or an <see cref="UnknownIdFailure"/> naming the parameter at fault.</returns>
    public Outcome<RecommendationsContract> Execute(RecommendationFilters filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var kb = host.Knowledge;
        var guideline = filters.Guideline is null ? (GuidelineId?)null : IdResolver.Guideline(kb, filters.Guideline);
        if (filters.Guideline is not null && guideline is null)
        {
            return IdResolver.Unknown("guideline", "guideline", filters.Guideline, kb.Guidelines.Select(x => x.Id.Value));
        }

        var intervention = filters.Intervention is null ? null : IdResolver.Intervention(kb, filters.Intervention);
        if (filters.Intervention is not null && intervention is null)
        {
            return IdResolver.UnknownIntervention(kb, "intervention", filters.Intervention);
        }

        var condition = filters.Condition is null ? null : IdResolver.Condition(kb, filters.Condition);
        if (filters.Condition is not null && condition is null)
        {
            return IdResolver.UnknownCondition(kb, "condition", filters.Condition);
        }

        var schemes = guideline is { } g ? [kb.SchemeOf(kb.FindGuideline(g)!)] : kb.GradingSchemes;
        var grades = schemes.SelectMany(s => s.Grades.Select(x => x.Code)).Distinct().ToList();
        if (filters.Grade is not null && !grades.Contains(filters.Grade))
        {
            return IdResolver.Unknown("grade", "grade", filters.Grade, grades);
        }

        var found = kb.Query(new RecommendationQuery(guideline, intervention, filters.Grade, condition));
        var resolved = new RecommendationFilters(guideline?.Value, intervention?.Value, condition?.Value, filters.Grade);
        return new RecommendationsContract(host.Version, resolved, found.Count, [.. found.Select(r => RecommendationJson.From(kb, r))]);
    }
}
