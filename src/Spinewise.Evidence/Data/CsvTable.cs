using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Spinewise.Evidence.Data;

/// <summary>
/// A CSV table read by <see cref="CsvReader"/>: column names and text cells (null = missing). A table read from CSV
/// keeps the file's UTF-8 bytes once and each cell as a slice of them, so a million rows cost a few bytes per cell;
/// numbers are parsed straight from the bytes and a cell's text is made only when it is asked for.
/// </summary>
public sealed class CsvTable
{
    /// <summary>Set in a packed cell's length when the quoted field holds doubled quotes to undo.</summary>
    internal const int EscapedFlag = 1 << 30;

    private readonly IReadOnlyList<string?[]>? _rows;
    private readonly byte[] _bytes = [];
    private readonly long[] _cells = [];
    private readonly int _rowCount;
    private readonly Dictionary<string, int> _index;

    /// <summary>Creates a table.</summary>
    /// <param name="source">Name used in messages (e.g. the file name).</param>
    /// <param name="columns">Column names.</param>
    /// <param name="rows">Cells per row, one per column; null = missing.</param>
    public CsvTable(string source, IReadOnlyList<string> columns, IReadOnlyList<string?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Any(r => r.Length != columns.Count))
        {
            throw new ArgumentException("Every row needs one cell per column.", nameof(rows));
        }

        Source = source;
        Columns = columns;
        _rows = rows;
        _rowCount = rows.Count;
        _index = Index(columns);
    }

    /// <summary>A table over UTF-8 bytes: cell <c>r * columns + c</c> is <c>start | length &lt;&lt; 32</c> in <paramref name="cells"/>.</summary>
    internal CsvTable(string source, IReadOnlyList<string> columns, byte[] bytes, long[] cells, int rowCount)
    {
        Source = source;
        Columns = columns;
        _bytes = bytes;
        _cells = cells;
        _rowCount = rowCount;
        _index = Index(columns);
    }

    /// <summary>Name used in messages.</summary>
    public string Source { get; }

    /// <summary>Column names in file order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Number of data rows.</summary>
    public int RowCount => _rowCount;

    /// <summary>The cell at a 0-based row and column index (null = missing).</summary>
    /// <param name="row">0-based data row.</param>
    /// <param name="column">0-based column.</param>
    public string? this[int row, int column]
    {
        get
        {
            if (_rows is not null)
            {
                return _rows[row][column];
            }

            ArgumentOutOfRangeException.ThrowIfNegative(row);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, _rowCount);
            ArgumentOutOfRangeException.ThrowIfNegative(column);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Columns.Count);
            var (start, length, escaped) = Cell(row, column);
            if (length == 0)
            {
                return null;
            }

            var text = Encoding.UTF8.GetString(_bytes, start, length);
            return escaped ? text.Replace("\"\"", "\"", StringComparison.Ordinal) : text;
        }
    }

    /// <summary>Whether the table has the column.</summary>
    /// <param name="name">Column name (case-sensitive).</param>
    public bool HasColumn(string name) => _index.ContainsKey(name);

    /// <summary>Every cell of a column as text (null = missing).</summary>
    /// <param name="name">Column name.</param>
    /// <exception cref="CsvDataException">No such column.</exception>
    public IReadOnlyList<string?> Text(string name)
    {
        int j = IndexOf(name);
        var values = new string?[_rowCount];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = this[i, j];
        }

        return values;
    }

    /// <summary>A column parsed as numbers: empty or <c>NA</c> = NaN (missing), <c>Inf</c>/<c>-Inf</c> = ±∞.</summary>
    /// <param name="name">Column name.</param>
    /// <exception cref="CsvDataException">No such column, or a cell is not a number (its row is named).</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double[] Numeric(string name)
    {
        int j = IndexOf(name);
        var values = new double[_rowCount];
        for (int i = 0; i < values.Length; i++)
        {
            if (!TryCell(i, j, out values[i]))
            {
                throw new CsvDataException(Source, i + 1, name, $"'{this[i, j]?.Trim()}' is not a number");
            }
        }

        return values;
    }

    /// <summary>
    /// Several columns parsed as by <see cref="Numeric(string)"/>, on every core; when some fail, the error is the one
    /// parsing them in the order given would have met first.
    /// </summary>
    /// <param name="names">Column names.</param>
    /// <returns>One array per name, in the order given.</returns>
    /// <exception cref="CsvDataException">No such column, or a cell is not a number.</exception>
    public double[][] Numeric(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var parsed = new double[names.Count][];
        var errors = new CsvDataException?[names.Count];
        Parallel.For(0, names.Count, i =>
        {
            try
            {
                parsed[i] = Numeric(names[i]);
            }
            catch (CsvDataException ex)
            {
                errors[i] = ex;
            }
        });
        return errors.FirstOrDefault(e => e is not null) is { } error ? throw error : parsed;
    }

    /// <summary>Whether every cell of a column is a number or missing.</summary>
    /// <param name="name">Column name.</param>
    /// <exception cref="CsvDataException">No such column.</exception>
    public bool IsNumeric(string name)
    {
        int j = IndexOf(name);
        for (int i = 0; i < _rowCount; i++)
        {
            if (!TryCell(i, j, out _))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Parses one number as this table does: invariant culture, <c>Inf</c>, <c>+Inf</c>, <c>-Inf</c>; never NaN.</summary>
    /// <param name="cell">The trimmed cell text.</param>
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

    /// <summary>
    /// A row's bytes as the file has them, from its first cell to its last, when writing every column in order would give
    /// the same bytes: no quote, no line break and exactly one comma between cells, so no cell was or must be quoted.
    /// </summary>
    /// <param name="row">0-based data row.</param>
    /// <param name="raw">The bytes; empty when false.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal bool TryRawRow(int row, out ReadOnlySpan<byte> raw)
    {
        raw = default;
        if (_rows is not null)
        {
            return false;
        }

        int width = Columns.Count;
        var (start, _, _) = Cell(row, 0);
        var (last, length, _) = Cell(row, width - 1);
        var span = _bytes.AsSpan(start, last + length - start);
        if (span.IndexOfAny("\"\r\n"u8) >= 0 || span.Count((byte)',') != width - 1)
        {
            return false;
        }

        raw = span;
        return true;
    }

    /// <summary>The unescaped UTF-8 bytes of a cell (empty when missing), into <paramref name="scratch"/> when it must be rewritten.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal ReadOnlySpan<byte> CellBytes(int row, int column, ref byte[] scratch)
    {
        if (_rows is not null)
        {
            var text = _rows[row][column];
            if (string.IsNullOrEmpty(text))
            {
                return [];
            }

            int max = Encoding.UTF8.GetMaxByteCount(text.Length);
            if (scratch.Length < max)
            {
                scratch = new byte[Math.Max(max, scratch.Length * 2)];
            }

            return scratch.AsSpan(0, Encoding.UTF8.GetBytes(text, scratch));
        }

        var (start, length, escaped) = Cell(row, column);
        var raw = _bytes.AsSpan(start, length);
        if (!escaped)
        {
            return raw;
        }

        if (scratch.Length < length)
        {
            scratch = new byte[Math.Max(length, scratch.Length * 2)];
        }

        int n = 0;
        for (int i = 0; i < raw.Length; i++)
        {
            scratch[n++] = raw[i];
            if (raw[i] == (byte)'"')
            {
                i++;
            }
        }

        return scratch.AsSpan(0, n);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (int Start, int Length, bool Escaped) Cell(int row, int column)
    {
        long cell = _cells[((long)row * Columns.Count) + column];
        int length = unchecked((int)(cell >> 32));
        return (unchecked((int)(uint)cell), length & ~EscapedFlag, (length & EscapedFlag) != 0);
    }

    /// <summary>A cell as a number, NaN when missing; false when it is not a number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryCell(int row, int column, out double value)
    {
        if (_rows is null)
        {
            var (start, length, escaped) = Cell(row, column);
            if (!escaped)
            {
                var span = _bytes.AsSpan(start, length);
                if (span.Length > 0 && (span[0] is (byte)' ' or (byte)'\t' || span[^1] is (byte)' ' or (byte)'\t'))
                {
                    span = span.Trim(" \t"u8);
                }

                if (span.IsEmpty || span.SequenceEqual("NA"u8))
                {
                    value = double.NaN;
                    return true;
                }

                if (TryParseNumber(span, out value))
                {
                    return true;
                }
            }
        }

        var cell = this[row, column]?.Trim();
        if (IsMissing(cell))
        {
            value = double.NaN;
            return true;
        }

        return TryParseNumber(cell!, out value);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryParseNumber(ReadOnlySpan<byte> cell, out double value)
    {
        if (ExactDecimal.TryParse(cell, out value))
        {
            return true;
        }

        if (cell.SequenceEqual("Inf"u8) || cell.SequenceEqual("+Inf"u8))
        {
            value = double.PositiveInfinity;
            return true;
        }

        if (cell.SequenceEqual("-Inf"u8))
        {
            value = double.NegativeInfinity;
            return true;
        }

        return double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && !double.IsNaN(value);
    }

    private static bool IsMissing(string? cell) => string.IsNullOrEmpty(cell) || cell == "NA";

    private static Dictionary<string, int> Index(IReadOnlyList<string> columns)
    {
        var index = new Dictionary<string, int>(columns.Count, StringComparer.Ordinal);
        for (int j = 0; j < columns.Count; j++)
        {
            index.TryAdd(columns[j], j);
        }

        return index;
    }

    private int IndexOf(string name)
    {
        if (!_index.TryGetValue(name, out int j))
        {
            throw new CsvDataException(Source, null, name, $"no such column (columns: {string.Join(", ", Columns)})");
        }

        return j;
    }
}
