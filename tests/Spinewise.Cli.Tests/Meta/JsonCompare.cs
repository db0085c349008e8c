using System.Globalization;
using System.Text;
using System.Text.Json;
using Spinewise.Evidence.Tests.Reference;

namespace Spinewise.Cli.Tests.Meta;

/// <summary>
/// Compares CLI JSON with a reference case's expected object: same keys and shapes, numbers within tolerance. Every
/// expected key is compared except those the engine does not compute (<see cref="NotComputedKeys"/>) and those the
/// caller names (compared in another run, or not printed by this command).
/// </summary>
internal sealed class JsonCompare
{
    private readonly StringBuilder _failures = new();
    private readonly double _abs;
    private readonly double _rel;
    private readonly HashSet<string> _skip;
    private readonly string _category;

    public JsonCompare(string category, double abs, double rel, params string[] skip)
    {
        _category = category;
        _abs = abs;
        _rel = rel;
        _skip = [.. skip];
    }

    public int Compared { get; private set; }

    public void Object(string path, JsonElement expected, JsonElement actual)
    {
        foreach (var p in expected.EnumerateObject())
        {
            if (_skip.Contains(p.Name) || NotComputedKeys.IsNotComputed(_category, path + p.Name)) continue;
            if (!actual.TryGetProperty(p.Name, out var a))
            {
                _failures.AppendLine(CultureInfo.InvariantCulture, $"  {path}{p.Name}: missing");
                continue;
            }

            Value($"{path}{p.Name}", p.Value, a);
        }
    }

    public void Value(string path, JsonElement e, JsonElement a)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                Object(path + "/", e, a);
                break;
            case JsonValueKind.Array when a.ValueKind != JsonValueKind.Array || a.GetArrayLength() != e.GetArrayLength():
                _failures.AppendLine(CultureInfo.InvariantCulture, $"  {path}: expected an array of {e.GetArrayLength()}, got {a}");
                break;
            case JsonValueKind.Array:
                for (int i = 0; i < e.GetArrayLength(); i++) Value($"{path}[{i}]", e[i], a[i]);
                break;
            case JsonValueKind.Number when a.ValueKind == JsonValueKind.Number:
                Compared++;
                double x = e.GetDouble(), y = a.GetDouble();
                if (!(Math.Abs(x - y) <= _abs + (_rel * Math.Abs(x))))
                    _failures.AppendLine(CultureInfo.InvariantCulture, $"  {path}: expected {x:R}, got {y:R}");
                break;
            default:
                if (e.ValueKind == JsonValueKind.Number || e.ToString() != a.ToString())
                    _failures.AppendLine(CultureInfo.InvariantCulture, $"  {path}: expected {e}, got {a}");
                break;
        }
    }

    public void AssertOk(string id)
    {
        Compared.ShouldBeGreaterThan(0, $"{id}: nothing compared");
        if (_failures.Length > 0) throw new Xunit.Sdk.XunitException($"{id}:\n{_failures}");
    }

    /// <summary>
    /// Compares every expected key of each group that the case carries, each group with its own tolerance; a missing key
    /// fails. Returns how many numbers were compared.
    /// </summary>
    public static int Groups(string id, string category, IEnumerable<(string[] Keys, double Abs, double Rel)> groups, JsonElement expected, JsonElement actual)
    {
        int compared = 0;
        foreach (var (keys, abs, rel) in groups)
        {
            var cmp = new JsonCompare(category, abs, rel);
            foreach (var key in keys.Where(k => expected.TryGetProperty(k, out _)))
            {
                actual.TryGetProperty(key, out var a).ShouldBeTrue($"{id}: {key} missing");
                cmp.Value(key, expected.GetProperty(key), a);
            }

            if (cmp.Compared > 0) cmp.AssertOk(id);
            compared += cmp.Compared;
        }

        return compared;
    }
}
