using Microsoft.AspNetCore.Mvc.RazorPages;
using Spinewise.Web.Pages.Guidelines;

namespace Spinewise.Web.Pages;

/// <summary>The search over interventions, conditions, guidelines and recommendations (a GET form; works without JavaScript).</summary>
internal sealed class SearchModel(SearchIndex index) : PageModel
{
    public SearchQuery Query { get; private set; } = SearchQuery.Parse(null);

    public IReadOnlyList<SearchGroup> Groups { get; private set; } = [];

    public int Total => Groups.Sum(g => g.Total);

    public void OnGet(string? q)
    {
        Query = SearchQuery.Parse(q);
        if (Query.Error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Groups = index.Search(Query);
    }
}
