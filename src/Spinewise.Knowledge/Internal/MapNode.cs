using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Spinewise.Knowledge.Internal;

/// <summary>
/// Typed, diagnosing access to a YAML mapping: every accessor reports a missing, ill-typed or invalid value to the
/// bag with its file, line, column and field path, and returns <see langword="null"/> (or empty) instead of throwing.
/// </summary>
internal sealed class MapNode
{
    private readonly YamlMappingNode _node;
    private readonly DiagnosticBag _bag;

    private MapNode(YamlMappingNode node, Location at, DiagnosticBag bag)
    {
        _node = node;
        At = at;
        _bag = bag;
    }

    public Location At { get; }

    public DiagnosticBag Diagnostics => _bag;

    public static MapNode? From(YamlNode node, Location at, DiagnosticBag bag)
    {
        at = Position(node, at);
        if (node is YamlMappingNode map)
        {
            return new MapNode(map, at, bag);
        }

        bag.Add(DiagnosticCodes.WrongType, at, $"expected a mapping (key: value pairs) but found {Describe(node)}");
        return null;
    }

    /// <summary>Reports every key that is not one of <paramref name="allowed"/>.</summary>
    public void ExpectKeys(params string[] allowed)
    {
        foreach (var key in _node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "?";
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                var hint = Domain.Text.NearestMatch.Hint(name, allowed, 1, $"; allowed: {string.Join(", ", allowed)}");
                _bag.Add(DiagnosticCodes.UnknownField, Position(key, At.Child(name)), $"unknown field '{name}'{hint}");
            }
        }
    }

    public bool Has(string key) => Find(key) is { } node && !IsNull(node);

    public Location LocationOf(string key) => Find(key) is { } node ? Position(node, At.Child(key)) : At.Child(key);

    public string? Text(string key, bool required)
    {
        var node = Value(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        _bag.Add(DiagnosticCodes.WrongType, LocationOf(key), $"expected text but found {Describe(node)}");
        return null;
    }

    public int? Integer(string key, bool required)
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        _bag.Add(DiagnosticCodes.WrongType, LocationOf(key), $"expected a whole number but found '{text}'");
        return null;
    }

    public double? Number(string key, bool required)
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        _bag.Add(DiagnosticCodes.WrongType, LocationOf(key), $"expected a number but found '{text}'");
        return null;
    }

    /// <summary>The keys present in the mapping, in file order.</summary>
    public IReadOnlyList<string> Keys => _node.Children.Keys.Select(k => (k as YamlScalarNode)?.Value ?? "?").ToList();

    /// <summary>A list of numbers (e.g. <c>between: [50, 80]</c>).</summary>
    public IReadOnlyList<double> NumberList(string key, bool required)
    {
        var items = new List<double>();
        foreach (var text in TextList(key, required))
        {
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            {
                items.Add(value);
            }
            else
            {
                _bag.Add(DiagnosticCodes.WrongType, LocationOf(key), $"expected a number but found '{text}'");
            }
        }

        return items;
    }

    public DateOnly? Date(string key, bool required)
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        _bag.Add(DiagnosticCodes.WrongType, LocationOf(key), $"expected a date as YYYY-MM-DD but found '{text}'");
        return null;
    }

    public TEnum? Enum<TEnum>(string key, bool required)
        where TEnum : struct, Enum
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (Domain.Text.KebabCase.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        _bag.Add(DiagnosticCodes.InvalidValue, LocationOf(key), $"'{text}' is not one of: {string.Join(", ", Domain.Text.KebabCase.NamesOf<TEnum>())}");
        return null;
    }

    public IReadOnlyList<string> TextList(string key, bool required)
    {
        var items = new List<string>();
        foreach (var (node, at) in Sequence(key, required))
        {
            if (node is YamlScalarNode { Value: { Length: > 0 } text })
            {
                items.Add(text);
            }
            else
            {
                _bag.Add(DiagnosticCodes.WrongType, at, $"expected text but found {Describe(node)}");
            }
        }

        return items;
    }

    public MapNode? Map(string key, bool required)
    {
        var node = Value(key, required);
        return node is null ? null : From(node, At.Child(key), _bag);
    }

    public IReadOnlyList<MapNode> MapList(string key, bool required)
    {
        var items = new List<MapNode>();
        foreach (var (node, at) in Sequence(key, required))
        {
            if (From(node, at, _bag) is { } map)
            {
                items.Add(map);
            }
        }

        return items;
    }

    private IEnumerable<(YamlNode Node, Location At)> Sequence(string key, bool required)
    {
        var node = Value(key, required);
        if (node is null)
        {
            yield break;
        }

        if (node is not YamlSequenceNode sequence)
        {
            _bag.Add(DiagnosticCodes.WrongType, LocationOf(key), $"expected a list but found {Describe(node)}");
            yield break;
        }

        if (required && sequence.Children.Count == 0)
        {
            _bag.Add(DiagnosticCodes.MissingField, LocationOf(key), "must not be empty");
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var child = sequence.Children[i];
            yield return (child, Position(child, At with { Field = $"{At.Child(key).Field}[{i}]" }));
        }
    }

    private YamlNode? Value(string key, bool required)
    {
        var node = Find(key);
        if (node is null || IsNull(node))
        {
            if (required)
            {
                _bag.Add(DiagnosticCodes.MissingField, node is null ? At.Child(key) : LocationOf(key), $"required field '{key}' is missing");
            }

            return null;
        }

        return node;
    }

    private YamlNode? Find(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private static Location Position(YamlNode node, Location at) =>
        node.Start.Line > 0 ? at with { Line = (int)node.Start.Line, Column = (int)node.Start.Column } : at;

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode s => $"'{s.Value}'",
        _ => "an unsupported node",
    };
}
