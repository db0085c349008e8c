namespace Spinewise.Domain.Cases;

/// <summary>One problem in a case file, with a stable code, the file, 1-based line and column, and the JSON path.</summary>
/// <param name="Code">Stable code, see <see cref="CaseDiagnosticCodes"/>.</param>
/// <param name="File">The file (or another name of the input).</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Path">JSON path, e.g. <c>$.findings.nprs</c>.</param>
/// <param name="Message">What is wrong, in words.</param>
public sealed record CaseDiagnostic(string Code, string File, int Line, int Column, string Path, string Message)
{
    /// <summary>The rendering used by the CLI: <c>file:line:column path: message [code]</c>, control characters escaped.</summary>
    public override string ToString() => ControlCharacters.Escape($"{File}:{Line}:{Column} {Path}: {Message} [{Code}]");
}
