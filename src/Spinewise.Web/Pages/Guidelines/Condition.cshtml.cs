using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Spinewise.Domain;
using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Web.Pages.Guidelines;

/// <summary>One condition of the vocabulary: its names and codes with sources, and the recommendations that name it or whose topic implies it, by guideline.</summary>
internal sealed class ConditionModel(GuidelineCatalog catalog) : PageModel
{
    public Condition Condition { get; private set; } = null!;

    public KnowledgeBase Knowledge => catalog.Knowledge;

    /// <summary>The recommendations that name the condition, grouped by guideline in knowledge order.</summary>
    public IReadOnlyList<IGrouping<GuidelineId, Recommendation>> Named { get; private set; } = [];

    /// <summary>The recommendations that name no condition but whose topic implies this one.</summary>
    public IReadOnlyList<Recommendation> Implied { get; private set; } = [];

    /// <summary>The guidelines that exclude it from their population.</summary>
    public IReadOnlyList<(Guideline Guideline, PopulationExclusion Exclusion)> ExcludedBy { get; private set; } = [];

    public IActionResult OnGet(string id)
    {
        var kb = catalog.Knowledge;
        if (kb.Conditions.FirstOrDefault(c => string.Equals(c.Id.Value, id, StringComparison.OrdinalIgnoreCase)) is not { } condition)
        {
            return NotFound();
        }

        Condition = condition;
        Named = kb.Recommendations.Where(r => r.Conditions.Contains(condition.Id)).GroupBy(r => r.Guideline).ToList();
        Implied = kb.Recommendations.Where(r => r.Details.Restrictions.Implied?.Conditions.Contains(condition.Id) == true).ToList();
        ExcludedBy = kb.Guidelines
            .SelectMany(g => (g.Details.Population?.Excludes ?? []).Where(x => x.Condition == condition.Id).Select(x => (g, x)))
            .ToList();
        return Page();
    }
}
