using Spinewise.Domain.Cases;

namespace Spinewise.Domain.Diagnostics;

/// <summary>
/// One problem in an input — a knowledge file, a case, a CSV table, a request — with a stable code (<c>SW1xxx</c>
/// knowledge, <c>SW2xxx</c> cases), where it is and what is wrong in words. Bad input is reported this way, never by
/// exception; every diagnostic is an error (the input is not used).
/// </summary>
public sealed record Diagnostic
{
    /// <summary>A problem.</summary>
    /// <param name="code">Stable code, e.g. <c>SW2005</c>.</param>
    /// <param name="location">Where it is.</param>
    /// <param name="message">What is wrong, in words.</param>
    public Diagnostic(string code, DiagnosticLocation location, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(message);
        (Code, Location, Message) = (code, location, message);
    }

    /// <summary>Stable code; codes never change meaning, new problems get new codes.</summary>
    public string Code { get; }

    /// <summary>Where the problem is.</summary>
    public DiagnosticLocation Location { get; }

    /// <summary>What is wrong, in words.</summary>
    public string Message { get; }

    /// <summary>
    /// The rendering used by the CLI: <c>file:line:column path: message [code]</c> (no path for a problem of the whole
    /// input, no line or column where unknown), control characters escaped.
    /// </summary>
    public override string ToString() => ControlCharacters.Escape($"{Location}: {Message} [{Code}]");
}
