using System.Globalization;
using Spinewise.Evidence.Data;

namespace Spinewise.Application.Meta.Internal;

/// <summary>Reads a request's options by name, adding a diagnostic for each unknown option and each invalid value.</summary>
internal sealed class OptionReader
{
    private readonly IReadOnlyDictionary<string, string> _values;

    public OptionReader(IReadOnlyDictionary<string, string> values, IReadOnlyList<MetaOptionSpec> allowed, MetaDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = values;
        Diagnostics = diagnostics;
        var known = allowed.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var name in values.Keys.Where(n => !known.Contains(n)).Order(StringComparer.Ordinal))
        {
            var near = allowed.Select(o => o.Name).Where(k => k.StartsWith(name[..Math.Min(2, name.Length)], StringComparison.OrdinalIgnoreCase)).ToList();
            var hint = near.Count > 0 ? $" (did you mean {string.Join(" or ", near)}?)" : string.Empty;
            diagnostics.Option(MetaDiagnosticCodes.UnknownOption, name, $"this analysis has no such option{hint}");
        }
    }

    public MetaDiagnostics Diagnostics { get; }

    public string? Text(string name) => _values.TryGetValue(name, out var v) ? v : null;

    public double? Number(string name) => Parse<double>(name, "a number", t => CsvTable.TryParseNumber(t.Trim(), out var v) ? v : null);

    public int? Whole(string name) => Parse<int>(name, "a whole number", t => int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null);

    public bool? Flag(string name) => Parse<bool>(name, "true or false", t => bool.TryParse(t, out var v) ? v : null);

    public T? Enum<T>(string name)
        where T : struct, System.Enum
    {
        if (Text(name) is not { } value) return null;
        var names = System.Enum.GetNames<T>();
        var match = names.FirstOrDefault(n => string.Equals(n, value, StringComparison.OrdinalIgnoreCase));
        if (match is not null) return System.Enum.Parse<T>(match);
        Invalid(name, $"unknown value '{value}' (use one of {string.Join(", ", names)})");
        return null;
    }

    public string? Choice(string name, params string[] choices)
    {
        if (Text(name) is not { } value) return null;
        if (choices.Contains(value, StringComparer.Ordinal)) return value;
        Invalid(name, $"unknown value '{value}' (use one of {string.Join(", ", choices)})");
        return null;
    }

    /// <summary>
    /// A confidence level as metafor's <c>.level</c> reads it, in percent: values above 1 are percentages (95), values
    /// in (0.5, 1) fractions (0.95 = 95 %), values in (0, 0.5] the alpha itself (0.05 = 95 %).
    /// </summary>
    public double? LevelPercent(string name)
    {
        if (Number(name) is not { } level) return null;
        if (level is <= 0 or >= 100 or double.NaN)
        {
            Invalid(name, $"{level.ToString(CultureInfo.InvariantCulture)} is not a confidence level (give 95, or 0.95, between 0 and 100)");
            return null;
        }

        return level >= 1 ? level : level > 0.5 ? 100 * level : 100 * (1 - level);
    }

    public IReadOnlyList<string> List(string name) =>
        Text(name) is { } value ? value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];

    public void Invalid(string name, string message) => Diagnostics.Option(MetaDiagnosticCodes.InvalidOption, name, message);

    public void Conflict(string name, string message) => Diagnostics.Option(MetaDiagnosticCodes.OptionConflict, name, message);

    private T? Parse<T>(string name, string expected, Func<string, T?> parse)
        where T : struct
    {
        if (Text(name) is not { } text) return null;
        var value = parse(text);
        if (value is null) Invalid(name, $"expects {expected}, not '{text}'");
        return value;
    }
}
