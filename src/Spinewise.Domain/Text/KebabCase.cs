using System.Collections.Frozen;
using System.Text.Json;

namespace Spinewise.Domain.Text;

/// <summary>
/// The one kebab-case spelling of names (<c>NotAddressed</c> ↔ <c>not-addressed</c>), for input (case files, knowledge
/// files) and output alike: it is <see cref="JsonNamingPolicy.KebabCaseLower"/>, the policy the JSON contracts write enums
/// with, so what is read and what is written never disagree.
/// </summary>
public static class KebabCase
{
    /// <summary>The kebab-case form of a PascalCase name.</summary>
    /// <param name="name">A name, e.g. <c>AxialAndRadicular</c>.</param>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return JsonNamingPolicy.KebabCaseLower.ConvertName(name);
    }

    /// <summary>The kebab-case name of an enum value.</summary>
    /// <param name="value">The value.</param>
    /// <typeparam name="TEnum">The enum.</typeparam>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Names<TEnum>.ByValue.TryGetValue(value, out var name) ? name : Of(value.ToString());

    /// <summary>Every value's kebab-case name, in declaration order.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    public static IReadOnlyList<string> NamesOf<TEnum>()
        where TEnum : struct, Enum => Names<TEnum>.InOrder;

    /// <summary>The enum value whose kebab-case name is <paramref name="text"/> (ordinal comparison).</summary>
    /// <param name="text">The text read.</param>
    /// <param name="value">The value, or default when none matches.</param>
    /// <typeparam name="TEnum">The enum.</typeparam>
    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(text);
        return Names<TEnum>.ByName.TryGetValue(text, out value);
    }

    /// <summary>An enum's names, made once per enum type.</summary>
    private static class Names<TEnum>
        where TEnum : struct, Enum
    {
        public static IReadOnlyList<string> InOrder { get; } = [.. Enum.GetNames<TEnum>().Select(Of)];

        public static FrozenDictionary<string, TEnum> ByName { get; } =
            Enum.GetNames<TEnum>().ToFrozenDictionary(Of, Enum.Parse<TEnum>, StringComparer.Ordinal);

        public static FrozenDictionary<TEnum, string> ByValue { get; } =
            Enum.GetValues<TEnum>().Distinct().ToFrozenDictionary(v => v, v => Of(v.ToString()));
    }
}
