using System.Text.RegularExpressions;
using Spinewise.Testing;

namespace Spinewise.Knowledge.Tests;

/// <summary>An independent parse of seed 001 (the ASPN 2022 summary page), used to check the knowledge against it.</summary>
internal static partial class Seed001
{
    private static readonly Lazy<string[]> Lines = new(() => File.ReadAllLines(RepositoryPaths.Seed("001")));

    public static IReadOnlyList<string> AllLines => Lines.Value;

    /// <summary>Topics in order, each with its recommendation rows (statement, grade, level, certainty) as printed.</summary>
    public static IReadOnlyList<(string Title, IReadOnlyList<(string Statement, string Grade, string Level, string Certainty, int Line)> Rows)> Topics()
    {
        var lines = Lines.Value;
        var start = Array.IndexOf(lines, "Summary of Recommendations");
        var end = Array.IndexOf(lines, "Tables");
        var topics = new List<(string, IReadOnlyList<(string, string, string, string, int)>)>();
        List<(string, string, string, string, int)>? rows = null;
        for (var i = start + 1; i < end; i++)
        {
            var line = lines[i].TrimEnd();
            if (line.Length == 0)
            {
                continue;
            }

            if (i + 2 < lines.Length && lines[i + 1].Length == 0 && lines[i + 2].StartsWith("Recommendation Grade Level", StringComparison.Ordinal))
            {
                rows = [];
                topics.Add((line, rows));
                continue;
            }

            if (line.StartsWith("Recommendation Grade Level", StringComparison.Ordinal))
            {
                continue;
            }

            var match = Row().Match(line);
            if (!match.Success || rows is null)
            {
                throw new InvalidOperationException($"Unparsed line {i + 1} of seed 001: {line}");
            }

            rows.Add((match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value, match.Groups[4].Value, i + 1));
        }

        return topics;
    }

    /// <summary>The lines of a table section, from its title to the next blank-line-separated title (bullets and dashes stripped).</summary>
    public static IReadOnlyList<string> Block(string title, string? nextTitle)
    {
        var lines = Lines.Value;
        var from = Array.IndexOf(lines, title) + 1;
        var to = nextTitle is null ? lines.Length : Array.IndexOf(lines, nextTitle, from);
        return lines[from..to]
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && l != "Having trouble viewing table?")
            .ToList();
    }

    [GeneratedRegex(@"^(.*) (A|B|C|D|I) (\S+) (High|Moderate|Low|Strong|Weak)$")]
    private static partial Regex Row();
}
