using System.Text;

namespace Spinewise.Knowledge.Internal;

/// <summary>Enum values written in kebab case in the knowledge files (<c>not-addressed</c> ↔ <c>NotAddressed</c>).</summary>
internal static class KebabEnum
{
    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in System.Enum.GetValues<TEnum>())
        {
            if (string.Equals(ToKebab(candidate.ToString()), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static IEnumerable<string> Names<TEnum>()
        where TEnum : struct, Enum =>
        System.Enum.GetNames<TEnum>().Select(ToKebab);

    public static string ToKebab(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
