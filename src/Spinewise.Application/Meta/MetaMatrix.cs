using System.Globalization;
using Spinewise.Application.Meta.Internal;
using Spinewise.Evidence.Data;

namespace Spinewise.Application.Meta;

/// <summary>
/// A square matrix given as CSV without a header row, one matrix row per line (the sampling covariance V of
/// <c>meta mv --V</c>). It is read when the analysis runs; a problem in it becomes a diagnostic naming its source, row
/// and column (both counted from 1, so row r is line r of the file).
/// </summary>
public sealed class MetaMatrix
{
    private readonly Func<string> _read;

    private MetaMatrix(string source, Func<string> read)
    {
        Source = source;
        _read = read;
    }

    /// <summary>The name diagnostics give the matrix (its file name).</summary>
    public string Source { get; }

    /// <summary>CSV text without a header row.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="source">The name diagnostics give it.</param>
    /// <returns>The matrix.</returns>
    public static MetaMatrix FromCsv(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        return new MetaMatrix(source, () => text);
    }

    /// <summary>A UTF-8 CSV file without a header row.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The matrix.</returns>
    public static MetaMatrix FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new MetaMatrix(path, () => File.Exists(path) ? File.ReadAllText(path) : throw new CsvDataException(path, null, null, "file not found"));
    }

    /// <summary>
    /// The rows as numbers, checked to be a finite, symmetric, positive definite <paramref name="k"/> ×
    /// <paramref name="k"/> matrix; null with a diagnostic otherwise.
    /// </summary>
    internal double[][]? Read(int k, MetaDiagnostics diagnostics)
    {
        var lines = _read().ReplaceLineEndings("\n").Split('\n').ToList();
        while (lines.Count > 0 && lines[^1].Trim().Length == 0) lines.RemoveAt(lines.Count - 1);
        if (lines.Count == 0) return Fail(diagnostics, "the file is empty (V is a k × k matrix, one row per line, without a header)");
        var rows = new double[lines.Count][];
        for (int r = 0; r < lines.Count; r++)
        {
            var cells = lines[r].Split(',');
            rows[r] = new double[cells.Length];
            for (int c = 0; c < cells.Length; c++)
            {
                var cell = cells[c].Trim().Trim('"');
                if (!CsvTable.TryParseNumber(cell, out rows[r][c]) || !double.IsFinite(rows[r][c]))
                {
                    var hint = r == 0 ? " (V has no header row)" : "";
                    return Fail(diagnostics, $"row {r + 1}, column {c + 1}: '{cell}' is not a finite number{hint}");
                }
            }
        }

        for (int r = 0; r < rows.Length; r++)
        {
            if (rows[r].Length != rows.Length)
            {
                return Fail(diagnostics, $"row {r + 1} has {rows[r].Length} values but the file has {rows.Length} rows: V must be square");
            }
        }

        if (rows.Length != k) return Fail(diagnostics, $"V is {rows.Length} × {rows.Length} but the data have {k} rows: V must be k × k, one row and column per effect size in data order");
        for (int r = 0; r < k; r++)
        {
            for (int c = r + 1; c < k; c++)
            {
                double a = rows[r][c], b = rows[c][r];
                if (Math.Abs(a - b) > 1e-12 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b))))
                {
                    return Fail(diagnostics, $"row {r + 1}, column {c + 1}: {Text(a)} differs from row {c + 1}, column {r + 1}: {Text(b)}; V must be symmetric");
                }
            }
        }

        if (MatrixBlocks.FirstNotPositiveDefinite(rows) is { } block)
        {
            var list = string.Join(", ", block.Take(10).Select(r => (r + 1).ToString(CultureInfo.InvariantCulture))) + (block.Count > 10 ? ", …" : "");
            return Fail(diagnostics, $"row {block[0] + 1}: the block of V for rows {list} is not positive definite (a sampling covariance matrix must be)");
        }

        return rows;
    }

    private double[][]? Fail(MetaDiagnostics diagnostics, string message)
    {
        diagnostics.Add(new MetaDiagnostic(MetaDiagnosticCodes.InvalidCell, message, Source: Source));
        return null;
    }

    private static string Text(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
