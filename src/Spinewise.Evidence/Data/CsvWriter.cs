using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

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

    /// <summary>
    /// Writes the <paramref name="keep"/> columns of <paramref name="table"/> and then number columns, as
    /// <see cref="Write(TextWriter, IReadOnlyList{string}, IEnumerable{IReadOnlyList{string}})"/> would write the same cells (header, CRLF line ends, fields quoted only when they must be,
    /// numbers as <see cref="Number"/>), but straight as UTF-8 from the table's bytes, without a string per cell.
    /// </summary>
    /// <param name="output">The stream to write to (not closed).</param>
    /// <param name="table">The table.</param>
    /// <param name="keep">The indices of the table's columns to write, in order.</param>
    /// <param name="names">The names of the number columns written after them.</param>
    /// <param name="numbers">One value per table row for each of <paramref name="names"/>.</param>
    public static void Write(Stream output, CsvTable table, IReadOnlyList<int> keep, IReadOnlyList<string> names, IReadOnlyList<IReadOnlyList<double>> numbers)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(keep);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(numbers);
        if (names.Count != numbers.Count || numbers.Any(n => n.Count != table.RowCount))
        {
            throw new ArgumentException("One name and one value per row for each number column.", nameof(numbers));
        }

        output.Write(Encoding.UTF8.GetBytes(string.Join(',', keep.Select(j => table.Columns[j]).Concat(names).Select(Field)) + "\r\n"));

        var columns = numbers.Select(n => n as double[] ?? [.. n]).ToArray();

        // Rows are formatted in blocks on every core (number formatting is most of the cost) and written in order.
        const int BlockRows = 8192;
        int slots = Math.Max(1, Environment.ProcessorCount) * 2;
        var buffers = Enumerable.Range(0, slots).Select(_ => new ArrayBufferWriter<byte>(BlockRows * 64)).ToArray();
        int blocks = (table.RowCount + BlockRows - 1) / BlockRows;
        for (int wave = 0; wave < blocks; wave += slots)
        {
            int inWave = Math.Min(slots, blocks - wave);
            Parallel.For(0, inWave, slot =>
            {
                var buffer = buffers[slot];
                buffer.ResetWrittenCount();
                int from = (wave + slot) * BlockRows;
                Rows(buffer, table, keep, columns, from, Math.Min(table.RowCount, from + BlockRows));
            });
            for (int slot = 0; slot < inWave; slot++)
            {
                output.Write(buffers[slot].WrittenSpan);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Rows(ArrayBufferWriter<byte> into, CsvTable table, IReadOnlyList<int> keep, double[][] numbers, int from, int to)
    {
        var scratch = new byte[256];
        bool everyColumn = keep.Count == table.Columns.Count && keep.Select((j, c) => j == c).All(same => same);
        for (int i = from; i < to; i++)
        {
            ReadOnlySpan<byte> row = default;
            bool raw = everyColumn && table.TryRawRow(i, out row);
            if (raw)
            {
                into.Write(row);
            }

            for (int c = 0; c < keep.Count && !raw; c++)
            {
                if (c > 0)
                {
                    into.Write(","u8);
                }

                var cell = table.CellBytes(i, keep[c], ref scratch);
                if (cell.IndexOfAny(",\"\r\n"u8) < 0)
                {
                    into.Write(cell);
                    continue;
                }

                into.Write("\""u8);
                foreach (var part in cell.Split((byte)'"'))
                {
                    if (part.Start.Value > 0)
                    {
                        into.Write("\"\""u8);
                    }

                    into.Write(cell[part]);
                }

                into.Write("\""u8);
            }

            for (int n = 0; n < numbers.Length; n++)
            {
                if (keep.Count > 0 || n > 0)
                {
                    into.Write(","u8);
                }

                double value = numbers[n][i];
                if (double.IsPositiveInfinity(value))
                {
                    into.Write("Inf"u8);
                }
                else if (double.IsNegativeInfinity(value))
                {
                    into.Write("-Inf"u8);
                }
                else if (!double.IsNaN(value))
                {
                    into.Advance(ShortestDouble.Format(value, into.GetSpan(ShortestDouble.MaxLength)));
                }
            }

            into.Write("\r\n"u8);
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
