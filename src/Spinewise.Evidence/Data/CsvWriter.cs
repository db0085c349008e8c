using System.Globalization;

namespace Spinewise.Evidence.Data;

/// <summary>Writes RFC 4180 CSV: fields with commas, quotes or line breaks are quoted; missing values are empty cells.</summary>
public static class CsvWriter
{
    /// <summary>Writes a header and rows.</summary>
    /// <param name="writer">Destination.</param>
    /// <param name="columns">Column names.</param>
    /// <param name="rows">Cells per row (null = missing).</param>
    public static void Write(TextWriter writer, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        writer.Write(string.Join(',', columns.Select(Field)));
        writer.Write("\r\n");
        foreach (var row in rows)
        {
            writer.Write(string.Join(',', row.Select(Field)));
            writer.Write("\r\n");
        }
    }

    /// <summary>A number as the shortest round-trip text (invariant culture); NaN as an empty cell, infinities as Inf/-Inf.</summary>
    /// <param name="value">The number.</param>
    public static string? Number(double value) => double.IsNaN(value) ? null
        : double.IsPositiveInfinity(value) ? "Inf"
        : double.IsNegativeInfinity(value) ? "-Inf"
        : value.ToString("R", CultureInfo.InvariantCulture);

    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
