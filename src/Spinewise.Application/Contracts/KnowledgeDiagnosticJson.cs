using Spinewise.Knowledge;

namespace Spinewise.Application.Contracts;

/// <summary>One problem in the knowledge files.</summary>
/// <param name="Code">Stable code (SW1xxx).</param>
/// <param name="File">File path relative to the knowledge folder, with forward slashes.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Field">Field path inside the file (empty for file-level problems).</param>
/// <param name="Message">What is wrong, in words.</param>
public sealed record KnowledgeDiagnosticJson(string Code, string File, int Line, int Column, string Field, string Message)
{
    internal static KnowledgeDiagnosticJson From(KnowledgeDiagnostic d) => new(d.Code, d.File, d.Line, d.Column, d.Field, d.Message);
}
