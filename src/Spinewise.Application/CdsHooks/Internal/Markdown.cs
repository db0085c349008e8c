using System.Buffers;
using System.Text;

namespace Spinewise.Application.CdsHooks.Internal;

/// <summary>Knowledge text inside GitHub-flavoured markdown: escaped so that it shows as written.</summary>
internal static class Markdown
{
    private static readonly SearchValues<char> Special = SearchValues.Create("\\`*_[]<>|~&#\r\n");

    /// <summary>The text with every character markdown could read as syntax backslash-escaped, and line breaks as spaces.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().IndexOfAny(Special);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n')
            {
                builder.Append(' ');
                continue;
            }

            if (Special.Contains(c))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>A link when there is an address, else the escaped text.</summary>
    public static string Link(string text, string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? $"[{Escape(text)}](<{uri.AbsoluteUri.Replace(">", "%3E", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal)}>)"
            : Escape(text);
}
