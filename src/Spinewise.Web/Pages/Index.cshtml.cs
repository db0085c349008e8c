using Microsoft.AspNetCore.Mvc.RazorPages;
using Spinewise.Web.Pages.Guidelines;

namespace Spinewise.Web.Pages;

/// <summary>The start page: what Spinewise is, the search, the ways in, and where guidelines disagree.</summary>
internal sealed class IndexModel(GuidelineCatalog catalog, DisagreementTeaser teaser) : PageModel
{
    public GuidelineCatalog Catalog { get; } = catalog;

    public DisagreementTeaser Teaser { get; } = teaser;
}
