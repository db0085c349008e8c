namespace Spinewise.Fhir.Bulk;

/// <summary>One line of an export kept for its patient.</summary>
/// <param name="File">The file it is in.</param>
/// <param name="Line">Its 1-based line number.</param>
/// <param name="Json">The line's UTF-8 JSON.</param>
public sealed record BulkLine(BulkFile File, int Line, ReadOnlyMemory<byte> Json);
