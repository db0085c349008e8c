using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Spinewise.Web.Pages.Interventions;

/// <summary><c>/interventions</c>: every intervention of the vocabulary, how many guidelines address it and whether they conflict.</summary>
internal sealed class IndexModel(InterventionViews views) : PageModel
{
    public IReadOnlyList<InterventionSummary> Interventions { get; private set; } = [];

    public void OnGet() => Interventions = views.All;
}
