using System.Text;

namespace Spinewise.Domain.Cases;

/// <summary>Makes text from input safe to echo on a terminal: control characters become visible escapes.</summary>
public static class ControlCharacters
{
    /// <summary>
    /// <paramref name="text"/> with every control character (C0, DEL, C1 — an ESC would otherwise drive the terminal) written
    /// as <c>\uXXXX</c>, and nothing else changed.
    /// </summary>
    /// <param name="text">Text that came from input (an id, a key, a value).</param>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) ? $"\\u{(int)c:x4}" : c);
        }

        return builder.ToString();
    }
}
