namespace Spinewise.Fhir.Bulk;

/// <summary>One NDJSON file of a FHIR Bulk Data export.</summary>
/// <param name="Path">The full path.</param>
/// <param name="Name">The file name as reported (<c>Condition.001.ndjson.gz</c>).</param>
/// <param name="ResourceType">The resource type its name gives (<c>Condition</c>).</param>
/// <param name="Part">The part number of a numbered file part, or -1 for an unnumbered file.</param>
/// <param name="Compressed">True for a gzip file (<c>.ndjson.gz</c>).</param>
public sealed record BulkFile(string Path, string Name, string ResourceType, int Part, bool Compressed);
