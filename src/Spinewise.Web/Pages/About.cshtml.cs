using Microsoft.AspNetCore.Mvc.RazorPages;
using Spinewise.Application;

namespace Spinewise.Web.Pages;

/// <summary>The knowledge version, the sources register, the verification tags, and what the software does not do.</summary>
internal sealed class AboutModel(KnowledgeHost host) : PageModel
{
    public KnowledgeHost Host { get; } = host;
}
