namespace Spinewise.Knowledge;

/// <summary>
/// One problem found while loading knowledge files, with a stable code and where it is: file (relative to the
/// knowledge folder), 1-based line and column, and the field path inside the file.
/// </summary>
/// <param name="Code">Stable code, see <see cref="DiagnosticCodes"/>.</param>
/// <param name="File">File path relative to the knowledge folder, with forward slashes.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Field">Field path inside the file, e.g. <c>topics[15].recommendations[2].grade</c>.</param>
/// <param name="Message">What is wrong, in words.</param>
public sealed record KnowledgeDiagnostic(string Code, string File, int Line, int Column, string Field, string Message)
{
    /// <summary>The rendering used by the CLI: <c>file:line:column field: message [code]</c> (no field for file-level problems).</summary>
    public override string ToString() =>
        Field.Length == 0 ? $"{File}:{Line}:{Column}: {Message} [{Code}]" : $"{File}:{Line}:{Column} {Field}: {Message} [{Code}]";
}
