using System.Text;

namespace Spinewise.Application.CdsHooks.Internal;

/// <summary>Knowledge text inside GitHub-flavoured markdown: escaped so that it shows as written.</summary>
internal static class Markdown
{
    private const string Special = "\\`*_[]<>|~&#";

    /// <summary>The text with every character markdown could read as syntax backslash-escaped, and line breaks as spaces.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\r' or '\n')
            {
                builder.Append(' ');
                continue;
            }

            if (Special.Contains(c, StringComparison.Ordinal))
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
