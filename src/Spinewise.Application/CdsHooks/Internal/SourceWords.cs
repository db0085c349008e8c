using Spinewise.Domain;
using Spinewise.Domain.Sources;

namespace Spinewise.Application.CdsHooks.Internal;

/// <summary>
/// A source reference in markdown: document id and section as the contract's sources name them, linked when the
/// document has an address, with its verification when not verified. Each reference is rendered once per knowledge base.
/// </summary>
internal static class SourceWords
{
    public static string Of(KnowledgeBase kb, SourceRef source) => KnowledgeText.Get(kb, source, s => Render(s, kb));

    private static string Render(SourceRef source, KnowledgeBase kb)
    {
        var document = kb.FindSource(source.Document);
        var link = Markdown.Link(source.ToString(), document?.Url);
        return source.Verification switch
        {
            Verification.Verified => link,
            Verification.Secondary => link + " (secondary)",
            Verification.Unverified => link + " (unverified)",
            _ => link + " (not found in the pages read)",
        };
    }
}
