using System.Globalization;
using Spinewise.Domain.Diagnostics;

namespace Spinewise.Domain.Cases.Internal;

/// <summary>
/// The diagnostics of one case, from reading and from validation: at most <see cref="MaxPerCode"/> of one code are kept,
/// the rest counted (bounded memory on huge bad input), and they are listed by position.
/// </summary>
internal sealed class CaseDiagnosticList
{
    /// <summary>At most this many diagnostics of one code are listed; the rest are counted.</summary>
    public const int MaxPerCode = 20;

    private readonly Dictionary<string, (int Count, DiagnosticLocation? FirstUnlisted)> _countByCode = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _items = [];
    private readonly HashSet<string> _paths = new(StringComparer.Ordinal);

    public int Count => _items.Count;

    /// <summary>Whether diagnostics of this code are no longer listed, only counted (callers may skip making the message).</summary>
    public bool Saturated(string code) => _countByCode.GetValueOrDefault(code).Count >= MaxPerCode;

    /// <summary>Whether a problem was reported at this field path (so "missing" is not said of a value given in a wrong form).</summary>
    public bool ReportedAt(string path) => _paths.Contains(path);

    public void Add(string code, DiagnosticLocation at, string message)
    {
        _paths.Add(at.Path);
        var (count, firstUnlisted) = _countByCode.GetValueOrDefault(code);
        count++;
        _countByCode[code] = (count, count == MaxPerCode + 1 ? at : firstUnlisted);
        if (count <= MaxPerCode)
        {
            _items.Add(new Diagnostic(code, at, message));
        }
    }

    /// <summary>The diagnostics by position, then one "… and N more of CODE" line per code that had more than <see cref="MaxPerCode"/>.</summary>
    public List<Diagnostic> Listed()
    {
        var listed = _items.OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column).ToList();
        foreach (var (code, (count, firstUnlisted)) in _countByCode.Where(c => c.Value.Count > MaxPerCode).OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var more = (count - MaxPerCode).ToString("N0", CultureInfo.InvariantCulture);
            listed.Add(new Diagnostic(code, firstUnlisted!.WithPath("$"), $"… and {more} more of {code} (not listed, the first here)"));
        }

        return listed;
    }
}
