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
}
