using Spinewise.Domain.Diagnostics;

namespace Spinewise.Knowledge.Internal;

/// <summary>Collects diagnostics while loading; nothing stops at the first error.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public int Count => _items.Count;

    public void Add(string code, Location at, string message) =>
        _items.Add(new Diagnostic(code, new DiagnosticLocation(at.File, at.Line, at.Column, at.Field), message));

    public IReadOnlyList<Diagnostic> Sorted() =>
        _items
            .OrderBy(d => DiagnosticCodes.IsRootCause(d.Code) ? 0 : 1)
            .ThenBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
}
