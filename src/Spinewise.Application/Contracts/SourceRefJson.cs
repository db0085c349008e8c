using Spinewise.Domain.Sources;

namespace Spinewise.Application.Contracts;

/// <summary>A bare source reference: the document id, where in it, and how far it is verified (no citation).</summary>
/// <param name="Document">The source document id.</param>
/// <param name="Section">The section, if known.</param>
/// <param name="Line">The 1-based line in the document, if known.</param>
/// <param name="Verification">How far the reference is verified.</param>
public sealed record SourceRefJson(string Document, string? Section, int? Line, Verification Verification)
{
    internal static SourceRefJson From(SourceRef s) => new(s.Document.Value, s.Section, s.Line, s.Verification);
}
