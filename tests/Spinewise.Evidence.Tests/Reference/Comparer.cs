using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Spinewise.Evidence.Tests.Reference;

/// <summary>Collects value-by-value mismatches against expected metafor numbers, then asserts none.</summary>
internal sealed class Comparer
{
    private readonly string _caseId;
    private readonly StringBuilder _failures = new();
    private int _checked;

    public Comparer(string caseId) => _caseId = caseId;

    public void Scalar(string name, double actual, JsonNode? expected, Tolerance tol)
    {
        if (expected is null && actual is double a0 && double.IsNaN(a0)) { _checked++; return; }
        if (expected is JsonArray arr) expected = arr.Count > 0 ? arr[0] : null;
        Value(name, actual, Json.D(expected), tol);
    }

    public void Value(string name, double actual, double expected, Tolerance tol)
    {
        _checked++;
        if (double.IsNaN(expected) && double.IsNaN(actual)) return;
        if (double.IsInfinity(expected) && actual == expected) return;
        double diff = Math.Abs(actual - expected);
        if (!(diff <= tol.Absolute + (tol.Relative * Math.Abs(expected))))
            _failures.AppendLine(CultureInfo.InvariantCulture, $"  {name}: actual {actual:R} expected {expected:R} (diff {diff:E2}, tol {tol})");
    }

    public void Array(string name, IReadOnlyList<double> actual, JsonNode? expected, Tolerance tol)
    {
        if (expected is null) return;
        var e = Json.Arr(expected);
        if (actual.Count != e.Length)
        {
            _failures.AppendLine(CultureInfo.InvariantCulture, $"  {name}: length {actual.Count} expected {e.Length}");
            return;
        }
        for (int i = 0; i < e.Length; i++) Value($"{name}[{i}]", actual[i], e[i], tol);
    }

    public void AssertAll()
    {
        _checked.ShouldBeGreaterThan(0, $"{_caseId}: nothing was compared");
        if (_failures.Length > 0) throw new Xunit.Sdk.XunitException($"{_caseId} mismatches:\n{_failures}");
    }
}
