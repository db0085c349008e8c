using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace Spinewise.Web.Pages.Evaluations;

/// <summary>
/// A card's <c>detail</c> (CDS Hooks: GitHub-flavoured markdown) as HTML for the hook call's page: raw HTML in the
/// markdown is shown as text, never passed through, and a link that is not http(s) keeps its text but loses its target.
/// </summary>
internal static class CardMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static IHtmlContent ToHtml(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsWebAddress(link.Url))
            {
                link.Url = "";
                link.IsImage = false;
            }
        }

        return new HtmlString(document.ToHtml(Pipeline));
    }

    private static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
