using Microsoft.AspNetCore.Mvc.RazorPages;
using Spinewise.Web.Pages.Interventions;

namespace Spinewise.Web.Pages.DecisionAid;

/// <summary><c>/decision-aid</c>: the procedures a decision aid can be shown for.</summary>
internal sealed class IndexModel(DecisionAidViews views) : PageModel
{
    public IReadOnlyList<InterventionSummary> Interventions { get; private set; } = [];

    public void OnGet() => Interventions = views.Available;
}
