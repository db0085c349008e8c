using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Spinewise.Cli.Commands.Meta;

/// <summary>Parses option values named like metafor's arguments, with errors that list the accepted values.</summary>
internal static class OptionParsing
{
    public static T Enum<T>(string option, string value)
        where T : struct, System.Enum
    {
        var names = System.Enum.GetNames<T>();
        var match = names.FirstOrDefault(n => string.Equals(n, value, StringComparison.OrdinalIgnoreCase));
        return match is null
            ? throw new MetaInputException($"{option}: unknown value '{value}' (use one of {string.Join(", ", names)})")
            : System.Enum.Parse<T>(match);
    }

    public static IReadOnlyList<string> List(string? value) =>
        value is null ? [] : value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A number option whose parse error reads "--x expects a number, not 'abc'" (invariant culture, R's Inf).</summary>
    public static Option<double?> Number(string name, string description, string helpName = "X") => new(name)
    {
        Description = description,
        HelpName = helpName,
        CustomParser = r => Token<double>(r, name, "a number", t => Evidence.Data.CsvTable.TryParseNumber(t, out var v) ? v : null),
    };

    /// <summary>A whole-number option whose parse error reads "--x expects a whole number, not '1.5'".</summary>
    public static Option<int?> Whole(string name, string description, string helpName = "N") => new(name)
    {
        Description = description,
        HelpName = helpName,
        CustomParser = r => Token<int>(r, name, "a whole number",
            t => int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null),
    };

    /// <summary>A true/false option whose parse error reads "--x expects true or false, not 'yes'".</summary>
    public static Option<bool?> Flag(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "BOOL",
        CustomParser = r => Token<bool>(r, name, "true or false", t => bool.TryParse(t, out var v) ? v : null),
    };

    /// <summary>
    /// A confidence level as metafor's <c>.level</c> reads it, in percent: values above 1 are percentages (95), values
    /// in (0.5, 1) fractions (0.95 = 95 %), values in (0, 0.5] the alpha itself (0.05 = 95 %).
    /// </summary>
    public static double LevelPercent(double level) => level switch
    {
        <= 0 or >= 100 or double.NaN => throw new MetaInputException($"--level: {level.ToString(CultureInfo.InvariantCulture)} is not a confidence level (give 95, or 0.95, between 0 and 100)"),
        >= 1 => level,
        > 0.5 => 100 * level,
        _ => 100 * (1 - level),
    };

    private static T? Token<T>(ArgumentResult result, string name, string expected, Func<string, T?> parse)
        where T : struct
    {
        if (result.Tokens.Count == 0)
        {
            result.AddError($"{name} expects {expected}");
            return null;
        }

        var text = result.Tokens[0].Value;
        var value = parse(text);
        if (value is null) result.AddError($"{name} expects {expected}, not '{text}'");
        return value;
    }
}
