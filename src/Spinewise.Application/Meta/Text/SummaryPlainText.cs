namespace Spinewise.Application.Meta.Text;

/// <summary>
/// A summary as plain text for a <c>&lt;pre&gt;</c> or a file: tables in fixed-width columns (the first left-aligned,
/// the others right-aligned, two spaces apart) with an empty line before and after each, lines joined by <c>\n</c>.
/// </summary>
public static class SummaryPlainText
{
    /// <summary>The blocks as text, never two empty lines in a row and none at the end.</summary>
    public static string Render(IEnumerable<SummaryBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var lines = new List<string>();
        void Blank()
        {
            if (lines.Count > 0 && lines[^1].Length > 0)
            {
                lines.Add("");
            }
        }

        foreach (var block in blocks)
        {
            switch (block)
            {
                case SummaryLine line:
                    lines.Add(line.ToString());
                    break;
                case SummaryTable table:
                    Blank();
                    lines.AddRange(Table([table.Header, .. table.Rows]));
                    Blank();
                    break;
                default:
                    Blank();
                    break;
            }
        }

        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return string.Join('\n', lines);
    }

    /// <summary>Rows of cells as fixed-width lines: the first column left-aligned, the others right-aligned, two spaces apart, no trailing spaces.</summary>
    public static IEnumerable<string> Table(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        int columns = rows.Max(r => r.Count);
        var widths = Enumerable.Range(0, columns).Select(c => rows.Max(r => c < r.Count ? r[c].Length : 0)).ToArray();
        foreach (var row in rows)
        {
            yield return string.Join("  ", row.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))).TrimEnd();
        }
    }
}
