using Spinewise.Domain;
using Spinewise.Domain.Sources;

namespace Spinewise.Application.Contracts;

/// <summary>A source as written in JSON: the document id, where in it, its citation and how far it is verified.</summary>
public sealed record SourceJson(string? Guideline, string Document, string? Section, int? Line, string Citation, string? Url, Verification Verification)
{
    internal static SourceJson From(KnowledgeBase kb, SourceRef source, string? guideline = null)
    {
        var document = kb.FindSource(source.Document);
        return new SourceJson(guideline, source.Document.Value, source.Section, source.Line, document?.Citation ?? source.Document.Value, document?.Url, source.Verification);
    }
}
