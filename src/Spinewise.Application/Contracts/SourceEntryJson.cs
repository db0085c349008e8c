using Spinewise.Domain.Sources;

namespace Spinewise.Application.Contracts;

/// <summary>A source in an answer's <c>sources</c> table: the document id, where in it, its citation and how far it is verified.</summary>
/// <param name="Document">The source document id.</param>
/// <param name="Section">The section, if known.</param>
/// <param name="Line">The 1-based line in the document, if known.</param>
/// <param name="Citation">The document's citation (its id when the knowledge has none).</param>
/// <param name="Url">Where the document can be read, if known.</param>
/// <param name="Verification">How far the reference is verified.</param>
public sealed record SourceEntryJson(string Document, string? Section, int? Line, string Citation, string? Url, Verification Verification);
