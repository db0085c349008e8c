using System.Globalization;
using System.Text.Json;
using Spinewise.Evidence.Data;

namespace Spinewise.Application.Meta;

/// <summary>
/// The study rows of a request, one study per row with named columns: CSV text, a CSV file or JSON rows. They are read
/// when the analysis runs, after its options are checked; a problem in them becomes a diagnostic naming row and column.
/// </summary>
public sealed class MetaRows
{
    private readonly Func<CsvTable> _read;
    private CsvTable? _table;

    private MetaRows(Func<CsvTable> read) => _read = read;

    /// <summary>CSV text with a header row (RFC 4180).</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="source">The name diagnostics give the rows, e.g. <c>request body</c>.</param>
    /// <returns>The rows.</returns>
    public static MetaRows FromCsv(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        return new(() => CsvReader.Read(new StringReader(text), source));
    }

    /// <summary>A UTF-8 CSV file with a header row; diagnostics name the file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The rows.</returns>
    public static MetaRows FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new(() => CsvReader.ReadFile(path));
    }

    /// <summary>
    /// JSON rows: an array of objects, one per study, whose members are the columns (numbers, strings, booleans or null
    /// for missing); the columns are the members in the order first seen. Row numbers in diagnostics count from 1.
    /// </summary>
    /// <param name="rows">The JSON array.</param>
    /// <param name="source">The name diagnostics give the rows, e.g. <c>request body</c>.</param>
    /// <returns>The rows.</returns>
    public static MetaRows FromJson(JsonElement rows, string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new(() => Table(rows, source));
    }

    internal CsvTable Read() => _table ??= _read();

    private static CsvTable Table(JsonElement rows, string source)
    {
        if (rows.ValueKind != JsonValueKind.Array) throw new CsvDataException(source, null, null, "the rows must be a JSON array of objects, one per study");
        var columns = new List<string>();
        var records = new List<Dictionary<string, string?>>();
        int row = 0;
        foreach (var item in rows.EnumerateArray())
        {
            row++;
            if (item.ValueKind != JsonValueKind.Object) throw new CsvDataException(source, row, null, "a row must be a JSON object of column: value");
            var record = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var member in item.EnumerateObject())
            {
                if (!record.ContainsKey(member.Name) && !columns.Contains(member.Name)) columns.Add(member.Name);
                record[member.Name] = Cell(member.Value, source, row, member.Name);
            }

            records.Add(record);
        }

        if (columns.Count == 0) throw new CsvDataException(source, null, null, "the rows have no columns");
        return new CsvTable(source, columns, [.. records.Select(r => columns.Select(c => r.GetValueOrDefault(c)).ToArray())]);
    }

    private static string? Cell(JsonElement value, string source, int row, string column) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetDouble().ToString("R", CultureInfo.InvariantCulture),
        JsonValueKind.True => "TRUE",
        JsonValueKind.False => "FALSE",
        _ => throw new CsvDataException(source, row, column, $"a cell must be a number, a string, a boolean or null, not a JSON {value.ValueKind.ToString().ToLowerInvariant()}"),
    };
}
