using System.Globalization;
using Spinewise.Domain.Diagnostics;
using Spinewise.Domain.Text;

namespace Spinewise.Domain.Cases.Internal;

/// <summary>Typed, diagnosing access to parsed case JSON: every accessor reports a problem with its path and position.</summary>
internal sealed class CaseValidator(string file, JsonNodeParser positions)
{
    /// <summary>At most this many diagnostics of one code are listed; the rest are counted (bounded memory on huge bad input).</summary>
    public const int MaxPerCode = 20;

    private readonly Dictionary<string, (int Count, int FirstUnlisted)> _countByCode = new(StringComparer.Ordinal);

    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>Whether diagnostics of this code are no longer listed, only counted (callers may skip making the message).</summary>
    public bool Saturated(string code) => _countByCode.GetValueOrDefault(code).Count >= MaxPerCode;

    public void Add(string code, int offset, string path, string message)
    {
        var (count, firstUnlisted) = _countByCode.GetValueOrDefault(code);
        count++;
        _countByCode[code] = (count, count == MaxPerCode + 1 ? offset : firstUnlisted);
        if (count <= MaxPerCode)
        {
            var (line, column) = positions.Position(offset);
            Diagnostics.Add(new Diagnostic(code, new DiagnosticLocation(file, line, column, path), message));
        }
    }

    /// <summary>The diagnostics by position, then one "… and N more of CODE" line per code that had more than <see cref="MaxPerCode"/>.</summary>
    public List<Diagnostic> Listed()
    {
        var listed = Diagnostics.OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column).ToList();
        foreach (var (code, (count, firstUnlisted)) in _countByCode.Where(c => c.Value.Count > MaxPerCode).OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var more = (count - MaxPerCode).ToString("N0", CultureInfo.InvariantCulture);
            var (line, column) = positions.Position(firstUnlisted);
            listed.Add(new Diagnostic(code, new DiagnosticLocation(file, line, column, "$"), $"… and {more} more of {code} (not listed, the first here)"));
        }

        return listed;
    }

    /// <summary>The properties of an object, reporting unknown (with the nearest known key) and duplicate keys.</summary>
    public Dictionary<string, (JsonNode Value, string Path)> Properties(JsonNode node, string path, IReadOnlyCollection<string> allowed)
    {
        var result = new Dictionary<string, (JsonNode, string)>(StringComparer.Ordinal);
        foreach (var (name, offset, value) in node.Properties)
        {
            var childPath = $"{path}.{name}";
            if (!allowed.Contains(name) && Saturated(CaseDiagnosticCodes.UnknownKey))
            {
                Add(CaseDiagnosticCodes.UnknownKey, offset, childPath, string.Empty);
            }
            else if (!allowed.Contains(name))
            {
                var hint = NearestMatch.Hint(name, allowed, 1, $"; allowed: {string.Join(", ", allowed)}");
                Add(CaseDiagnosticCodes.UnknownKey, offset, childPath, $"unknown key '{name}'{hint}");
            }
            else if (!result.TryAdd(name, (value, childPath)))
            {
                Add(CaseDiagnosticCodes.Duplicate, offset, childPath, $"key '{name}' is given twice");
            }
        }

        return result;
    }

    public bool Expect(JsonNode node, string path, JsonNodeKind kind, string what)
    {
        if (node.Kind == kind)
        {
            return true;
        }

        Add(CaseDiagnosticCodes.WrongType, node.Offset, path, $"expected {what} but found {node.Describe()}");
        return false;
    }

    public string? Text(JsonNode node, string path) => Expect(node, path, JsonNodeKind.String, "text") ? node.Text : null;

    public bool? Boolean(JsonNode node, string path) => Expect(node, path, JsonNodeKind.Boolean, "true or false") ? node.Boolean : null;

    public double? Number(JsonNode node, string path, double minimum, double maximum, bool wholeNumber, string unit)
    {
        if (!Expect(node, path, JsonNodeKind.Number, "a number"))
        {
            return null;
        }

        var value = node.Number;
        string Range() => $"{Format(minimum)} to {Format(maximum)}{(unit.Length > 0 ? " " + unit : string.Empty)}";
        if (!double.IsFinite(value) || value < minimum || value > maximum)
        {
            Add(CaseDiagnosticCodes.OutOfRange, node.Offset, path, $"{(double.IsFinite(value) ? Format(value) : "the number")} is out of range: expected {Range()}");
            return null;
        }

        if (wholeNumber && Math.Floor(value) != value)
        {
            Add(CaseDiagnosticCodes.WrongType, node.Offset, path, $"expected a whole number ({Range()}) but found {Format(value)}");
            return null;
        }

        return value;
    }

    public DateOnly? Date(JsonNode node, string path)
    {
        if (Text(node, path) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Add(CaseDiagnosticCodes.WrongType, node.Offset, path, $"expected a date as YYYY-MM-DD but found \"{text}\"");
        return null;
    }

    /// <summary>A kebab-case enum value (<c>axial-and-radicular</c> ↔ <c>AxialAndRadicular</c>).</summary>
    public TEnum? Enum<TEnum>(JsonNode node, string path)
        where TEnum : struct, Enum
    {
        if (Text(node, path) is not { } text)
        {
            return null;
        }

        if (KebabCase.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        Add(CaseDiagnosticCodes.InvalidValue, node.Offset, path, $"\"{text}\" is not one of: {string.Join(", ", KebabCase.NamesOf<TEnum>())}");
        return null;
    }

    /// <summary>An id of a known set, suggesting the nearest known ids when it is not one.</summary>
    public string? Id(JsonNode node, string path, string what, IReadOnlyCollection<string> known)
    {
        if (Text(node, path) is not { } text)
        {
            return null;
        }

        if (known.Contains(text))
        {
            return text;
        }

        if (Saturated(CaseDiagnosticCodes.UnknownId))
        {
            Add(CaseDiagnosticCodes.UnknownId, node.Offset, path, string.Empty);
            return null;
        }

        Add(CaseDiagnosticCodes.UnknownId, node.Offset, path, $"unknown {what} '{text}'{NearestMatch.Hint(text, known)}");
        return null;
    }

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
