using System.Globalization;
using Spinewise.Domain.Diagnostics;
using Spinewise.Domain.Text;

using Spinewise.Domain.Cases;
using Spinewise.Domain.Cases.Internal;
namespace Spinewise.Domain.Tests.Cases.Legacy;

/// <summary>
/// Typed, diagnosing access to parsed case JSON: every accessor checks the JSON form (type, date form, enum spelling,
/// known keys) and reports a problem with its path and position; what the values mean is <see cref="CaseValidator"/>'s.
/// </summary>
internal sealed class JsonAccess(string file, JsonNodeParser positions, CaseDiagnosticList diagnostics)
{
    public CaseDiagnosticList Diagnostics => diagnostics;

    public DiagnosticLocation At(int offset, string path)
    {
        var (line, column) = positions.Position(offset);
        return new DiagnosticLocation(file, line, column, path);
    }

    public Located<T> Located<T>(T value, JsonNode node, string path) => new(value, At(node.Offset, path));

    public void Add(string code, int offset, string path, string message) => diagnostics.Add(code, At(offset, path), message);

    /// <summary>The properties of an object, reporting unknown (with the nearest known key) and duplicate keys.</summary>
    public Dictionary<string, (JsonNode Value, string Path)> Properties(JsonNode node, string path, IReadOnlyCollection<string> allowed)
    {
        var result = new Dictionary<string, (JsonNode, string)>(StringComparer.Ordinal);
        foreach (var (name, offset, value) in node.Properties)
        {
            var childPath = $"{path}.{name}";
            if (!allowed.Contains(name) && diagnostics.Saturated(CaseDiagnosticCodes.UnknownKey))
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

    public Located<string>? Text(JsonNode node, string path) =>
        Expect(node, path, JsonNodeKind.String, "text") ? Located(node.Text!, node, path) : (Located<string>?)null;

    public Located<bool>? Boolean(JsonNode node, string path) =>
        Expect(node, path, JsonNodeKind.Boolean, "true or false") ? Located(node.Boolean, node, path) : (Located<bool>?)null;

    public Located<double>? Number(JsonNode node, string path) =>
        Expect(node, path, JsonNodeKind.Number, "a number") ? Located(node.Number, node, path) : (Located<double>?)null;

    public Located<DateOnly>? Date(JsonNode node, string path)
    {
        if (Text(node, path) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Located(date, node, path);
        }

        Add(CaseDiagnosticCodes.WrongType, node.Offset, path, $"expected a date as YYYY-MM-DD but found \"{text.Value}\"");
        return null;
    }

    /// <summary>A kebab-case enum value (<c>axial-and-radicular</c> ↔ <c>AxialAndRadicular</c>).</summary>
    public Located<TEnum>? Enum<TEnum>(JsonNode node, string path)
        where TEnum : struct, Enum
    {
        if (Text(node, path) is not { } text)
        {
            return null;
        }

        if (KebabCase.TryParse<TEnum>(text.Value, out var value))
        {
            return Located(value, node, path);
        }

        Add(CaseDiagnosticCodes.InvalidValue, node.Offset, path, $"\"{text.Value}\" is not one of: {string.Join(", ", KebabCase.NamesOf<TEnum>())}");
        return null;
    }
}
