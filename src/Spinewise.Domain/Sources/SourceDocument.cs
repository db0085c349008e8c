namespace Spinewise.Domain.Sources;

/// <summary>A document that knowledge is taken from: a seed document, a publication, a web page or a research report.</summary>
/// <param name="Id">Stable id, referenced by <see cref="SourceRef.Document"/>.</param>
/// <param name="Title">Title of the document.</param>
/// <param name="Citation">Bibliographic citation as it should be shown to a reader.</param>
/// <param name="Kind">What sort of document this is (e.g. <c>seed</c>, <c>journal-article</c>, <c>web-page</c>, <c>report</c>).</param>
/// <param name="Url">Where it was read, when it has an address.</param>
/// <param name="Doi">Digital object identifier, when it has one.</param>
/// <param name="Verification">How far the document itself is a primary source.</param>
/// <param name="Note">Anything a reader should know about the document (e.g. "badly OCR-ed news report").</param>
public sealed record SourceDocument(
    SourceId Id,
    string Title,
    string Citation,
    string Kind,
    string? Url,
    string? Doi,
    Verification Verification,
    string? Note);
