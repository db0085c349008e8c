using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Spinewise.Evidence.Tests.Reference;

/// <summary>
/// Compares engine values with one reference case's <c>expected</c> object, key by key, then asserts that there was no
/// mismatch, that no compared key was missing, and that every key the case holds was compared or is listed in
/// <see cref="NotComputedKeys"/>. Paths join keys with '/', as keys contain dots ("ci.lb").
/// </summary>
internal sealed class Comparer
{
    private readonly string _caseId;
    private readonly string _category;
    private readonly JsonObject _expected;
    private readonly StringBuilder _failures = new();
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private int _checked;

    public Comparer(string caseId)
    {
        var c = ReferenceCases.Get(caseId);
        _caseId = caseId;
        _category = (string)c["category"]!;
        _expected = c["expected"]!.AsObject();
    }

    /// <summary>Whether the expected object holds the key (its value may be null).</summary>
    public bool Has(string path) => TryGet(path, out _);

    /// <summary>The expected node at the path, marked as used; a missing key is a failure.</summary>
    public JsonNode? Use(string path)
    {
        if (!TryGet(path, out var node))
        {
            _failures.AppendLine(CultureInfo.InvariantCulture, $"  {path}: compared, but the case has no such key");
            return null;
        }

        _used.Add(path);
        return node;
    }

    public void Scalar(string path, double actual, Tolerance tol)
    {
        if (!Has(path))
        {
            Use(path);
            return;
        }

        var expected = Use(path);
        if (expected is JsonArray arr) expected = arr.Count > 0 ? arr[0] : null;
        Value(path, actual, Json.D(expected), tol);
    }

    public void Array(string path, IReadOnlyList<double> actual, Tolerance tol)
    {
        if (!Has(path))
        {
            Use(path);
            return;
        }

        var e = Json.Arr(Use(path));
        if (actual.Count != e.Length)
        {
            _failures.AppendLine(CultureInfo.InvariantCulture, $"  {path}: length {actual.Count} expected {e.Length}");
            return;
        }

        for (int i = 0; i < e.Length; i++) Value($"{path}[{i}]", actual[i], e[i], tol);
    }

    /// <summary>Compares a matrix stored as an array of rows, element by element.</summary>
    public void Matrix(string path, IReadOnlyList<IReadOnlyList<double>> actual, Tolerance tol)
    {
        if (!Has(path))
        {
            Use(path);
            return;
        }

        var rows = Use(path)!.AsArray();
        if (rows.Count != actual.Count)
        {
            _failures.AppendLine(CultureInfo.InvariantCulture, $"  {path}: {actual.Count} rows expected {rows.Count}");
            return;
        }

        for (int i = 0; i < rows.Count; i++)
        {
            var e = Json.Arr(rows[i]);
            if (e.Length != actual[i].Count)
            {
                _failures.AppendLine(CultureInfo.InvariantCulture, $"  {path}[{i}]: length {actual[i].Count} expected {e.Length}");
                continue;
            }

            for (int j = 0; j < e.Length; j++) Value($"{path}[{i}][{j}]", actual[i][j], e[j], tol);
        }
    }

    /// <summary>Compares a non-numeric value (text, flags, names) exactly, as JSON.</summary>
    public void Exact(string path, object? actual)
    {
        if (!Has(path))
        {
            Use(path);
            return;
        }

        var expected = Use(path);
        var a = JsonSerializer.SerializeToNode(actual);
        _checked++;
        if (!JsonNode.DeepEquals(expected, a))
            _failures.AppendLine(CultureInfo.InvariantCulture, $"  {path}: actual {a?.ToJsonString() ?? "null"} expected {expected?.ToJsonString() ?? "null"}");
    }

    public void AssertAll()
    {
        if (_checked == 0) _failures.AppendLine("  nothing was compared");
        foreach (var path in LeafPaths(_expected, ""))
        {
            if (!IsUsed(path) && !NotComputedKeys.IsNotComputed(_category, path))
                _failures.AppendLine(CultureInfo.InvariantCulture, $"  {path}: neither compared nor listed in NotComputedKeys");
        }

        if (_failures.Length > 0) throw new Xunit.Sdk.XunitException($"{_caseId} mismatches:\n{_failures}");
    }

    /// <summary>Every key path whose value is not a (non-empty) object.</summary>
    internal static IEnumerable<string> LeafPaths(JsonObject o, string prefix)
    {
        foreach (var (key, value) in o)
        {
            if (value is JsonObject child && child.Count > 0)
            {
                foreach (var p in LeafPaths(child, prefix + key + "/")) yield return p;
            }
            else
            {
                yield return prefix + key;
            }
        }
    }

    private void Value(string name, double actual, double expected, Tolerance tol)
    {
        _checked++;
        if (double.IsNaN(expected) && double.IsNaN(actual)) return;
        if (double.IsInfinity(expected) && actual == expected) return;
        double diff = Math.Abs(actual - expected);
        if (!(diff <= tol.Absolute + (tol.Relative * Math.Abs(expected))))
            _failures.AppendLine(CultureInfo.InvariantCulture, $"  {name}: actual {actual:R} expected {expected:R} (diff {diff:E2}, tol {tol})");
    }

    private bool IsUsed(string path)
    {
        for (var p = path; ; p = p[..p.LastIndexOf('/')])
        {
            if (_used.Contains(p)) return true;
            if (!p.Contains('/', StringComparison.Ordinal)) return false;
        }
    }

    private bool TryGet(string path, out JsonNode? node)
    {
        node = _expected;
        foreach (var key in path.Split('/'))
        {
            if (node is not JsonObject o || !o.TryGetPropertyValue(key, out node)) return false;
        }

        return true;
    }
}
