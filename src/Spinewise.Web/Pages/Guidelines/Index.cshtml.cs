using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Spinewise.Web.Pages.Guidelines;

/// <summary>Every guideline with organisation, year, grading scheme, verification and how many of its recommendations the knowledge holds.</summary>
internal sealed class IndexModel(GuidelineCatalog catalog) : PageModel
{
    public GuidelineCatalog Catalog { get; } = catalog;
}
