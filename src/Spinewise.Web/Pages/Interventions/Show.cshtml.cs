using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Spinewise.Application;

namespace Spinewise.Web.Pages.Interventions;

/// <summary>
/// <c>/interventions/{id}</c>: every guideline's stance side by side, the conflicts with their reasons and sources, the
/// agreements, the trials and the synthesis estimates against the minimal important difference. An unknown id is a 404
/// page; a label, synonym or other letter case of an id redirects to the id.
/// </summary>
internal sealed class ShowModel(InterventionViews views, KnowledgeHost host) : PageModel
{
    public InterventionView View { get; private set; } = null!;

    public Domain.KnowledgeBase Knowledge => host.Knowledge;

    public IActionResult OnGet(string id)
    {
        if (views.Find(id, out var canonical) is not { } view)
        {
            return canonical is null ? NotFound() : RedirectPermanent($"/interventions/{Uri.EscapeDataString(canonical)}");
        }

        View = view;
        return Page();
    }
}
