namespace Spinewise.ExportGen;

/// <summary>One line the generator wrote, with what it knows of it (the tests' oracle).</summary>
/// <param name="File">The file name (<c>Condition.ndjson</c>, <c>Condition.001.ndjson.gz</c>).</param>
/// <param name="Line">The 1-based line number in that file.</param>
/// <param name="ResourceType">The resource type of the file.</param>
/// <param name="Patient">The patient the line belongs to, or <see langword="null"/> for a line that names none.</param>
/// <param name="Defect">What is wrong with it.</param>
/// <param name="Json">The line as written.</param>
public sealed record GeneratedLine(string File, int Line, string ResourceType, string? Patient, LineDefect Defect, string Json);
