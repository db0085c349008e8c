using System.Globalization;

namespace Spinewise.Web.Pages.Evidence;

/// <summary>Numbers as metafor prints them (the CLI's formatting): 4 decimals, p values below .0001 as "&lt;.0001", NA.</summary>
internal static class MetaText
{
    public static string F(double value, int digits = 4) =>
        double.IsNaN(value) ? "NA" : value.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string P(double p) => double.IsNaN(p) ? "NA" : p < 1e-4 ? "<.0001" : F(p);

    public static string PLabel(double p) => p < 1e-4 ? "< .0001" : "= " + F(p);

    public static string Stars(double p) => p < 0.001 ? "***" : p < 0.01 ? "**" : p < 0.05 ? "*" : p < 0.1 ? "." : "";

    public static string Pct(double value) => double.IsNaN(value) ? "NA" : F(value, 2) + "%";

    public static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Rows of cells as fixed-width text: the first column left-aligned, the others right-aligned, two spaces apart.</summary>
    public static IEnumerable<string> Table(IReadOnlyList<string[]> rows)
    {
        int columns = rows.Max(r => r.Length);
        var widths = Enumerable.Range(0, columns).Select(c => rows.Max(r => c < r.Length ? r[c].Length : 0)).ToArray();
        foreach (var row in rows)
        {
            yield return string.Join("  ", row.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))).TrimEnd();
        }
    }
}
