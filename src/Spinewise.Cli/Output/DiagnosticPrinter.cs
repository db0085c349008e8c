using System.Globalization;

namespace Spinewise.Cli.Output;

/// <summary>
/// Prints diagnostics one a line, at most <see cref="MaxPerCode"/> of one code, then "… and N more of CODE", so that a huge
/// bad input cannot flood the terminal; control characters are escaped.
/// </summary>
internal static class DiagnosticPrinter
{
    public const int MaxPerCode = 20;

    /// <summary>Prints <paramref name="diagnostics"/> (each rendered by <paramref name="render"/>) with repeated codes capped.</summary>
    public static void Print<T>(TextWriter writer, IEnumerable<T> diagnostics, Func<T, string> code, Func<T, string> render)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var diagnostic in diagnostics)
        {
            var key = code(diagnostic);
            var seen = counts.GetValueOrDefault(key);
            if (seen == 0)
            {
                order.Add(key);
            }

            counts[key] = seen + 1;
            if (seen < MaxPerCode)
            {
                writer.WriteLine(Domain.Cases.ControlCharacters.Escape(render(diagnostic)));
            }
        }

        foreach (var key in order.Where(k => counts[k] > MaxPerCode))
        {
            writer.WriteLine($"… and {(counts[key] - MaxPerCode).ToString("N0", CultureInfo.InvariantCulture)} more of {key}");
        }
    }

    /// <summary>"1 error", "2 errors".</summary>
    public static string Count(int count, string noun) =>
        $"{count.ToString("N0", CultureInfo.InvariantCulture)} {noun}{(count == 1 ? string.Empty : "s")}";
}
