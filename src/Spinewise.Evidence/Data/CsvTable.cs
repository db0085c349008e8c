using System.Globalization;

namespace Spinewise.Evidence.Data;

/// <summary>A CSV table read by <see cref="CsvReader"/>: column names and text cells (null = missing).</summary>
public sealed class CsvTable
{
    private readonly IReadOnlyList<string?[]> _rows;

    /// <summary>Creates a table.</summary>
    /// <param name="source">Name used in messages (e.g. the file name).</param>
    /// <param name="columns">Column names.</param>
    /// <param name="rows">Cells per row, one per column; null = missing.</param>
    public CsvTable(string source, IReadOnlyList<string> columns, IReadOnlyList<string?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Any(r => r.Length != columns.Count)) throw new ArgumentException("Every row needs one cell per column.", nameof(rows));
        Source = source;
        Columns = columns;
        _rows = rows;
    }

    /// <summary>Name used in messages.</summary>
    public string Source { get; }

    /// <summary>Column names in file order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Number of data rows.</summary>
    public int RowCount => _rows.Count;

    /// <summary>The cell at a 0-based row and column index (null = missing).</summary>
    /// <param name="row">0-based data row.</param>
    /// <param name="column">0-based column.</param>
    public string? this[int row, int column] => _rows[row][column];

    /// <summary>Whether the table has the column.</summary>
    /// <param name="name">Column name (case-sensitive).</param>
    public bool HasColumn(string name) => Columns.Contains(name);

    /// <summary>Text cells of a column (null = missing).</summary>
    /// <param name="name">Column name.</param>
    /// <exception cref="CsvDataException">No such column.</exception>
    public IReadOnlyList<string?> Text(string name)
    {
        int j = IndexOf(name);
        return _rows.Select(r => r[j]).ToArray();
    }

    /// <summary>Numeric cells of a column (invariant culture, R's <c>Inf</c>/<c>-Inf</c> accepted; empty or <c>NA</c> = NaN).</summary>
    /// <param name="name">Column name.</param>
    /// <exception cref="CsvDataException">No such column, or a cell that is not a number (row and column named).</exception>
    public double[] Numeric(string name)
    {
        int j = IndexOf(name);
        var values = new double[_rows.Count];
        for (int i = 0; i < values.Length; i++)
        {
            var cell = _rows[i][j]?.Trim();
            if (IsMissing(cell)) values[i] = double.NaN;
            else if (!TryParseNumber(cell!, out values[i]))
                throw new CsvDataException(Source, i + 1, name, $"'{cell}' is not a number");
        }
        return values;
    }

    /// <summary>Whether every non-missing cell of the column is a number.</summary>
    /// <param name="name">Column name.</param>
    /// <exception cref="CsvDataException">No such column.</exception>
    public bool IsNumeric(string name)
    {
        int j = IndexOf(name);
        return _rows.All(r => IsMissing(r[j]?.Trim()) || TryParseNumber(r[j]!.Trim(), out _));
    }

    /// <summary>Parses a number as the CSV cells are read: invariant culture, R's <c>Inf</c>/<c>-Inf</c>; NaN is refused.</summary>
    /// <param name="cell">The text.</param>
    /// <param name="value">The number.</param>
    public static bool TryParseNumber(string cell, out double value)
    {
        switch (cell)
        {
            case "Inf" or "+Inf":
                value = double.PositiveInfinity;
                return true;
            case "-Inf":
                value = double.NegativeInfinity;
                return true;
            default:
                return double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && !double.IsNaN(value);
        }
    }

    private static bool IsMissing(string? cell) => string.IsNullOrEmpty(cell) || cell == "NA";

    private int IndexOf(string name)
    {
        int j = Columns.ToList().IndexOf(name);
        if (j < 0) throw new CsvDataException(Source, null, name, $"no such column (columns: {string.Join(", ", Columns)})");
        return j;
    }
}
