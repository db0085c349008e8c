namespace Spinewise.Knowledge.Internal;

/// <summary>Collects diagnostics while loading; nothing stops at the first error.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<KnowledgeDiagnostic> _items = [];

    public int Count => _items.Count;

    public void Add(string code, Location at, string message) =>
        _items.Add(new KnowledgeDiagnostic(code, at.File, at.Line, at.Column, at.Field, message));

    public IReadOnlyList<KnowledgeDiagnostic> Sorted() =>
        _items
            .OrderBy(d => DiagnosticCodes.IsRootCause(d.Code) ? 0 : 1)
            .ThenBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
}
