namespace Spinewise.Evidence.Models;

/// <summary>Model matrix X (k rows, p columns), stored column-wise; built like R's model.matrix.</summary>
public sealed class ModelMatrix
{
    private readonly double[][] _columns;

    /// <summary>Creates a model matrix from columns (each of length k).</summary>
    public ModelMatrix(IReadOnlyList<string> columnNames, IReadOnlyList<IReadOnlyList<double>> columns)
    {
        ArgumentNullException.ThrowIfNull(columnNames);
        ArgumentNullException.ThrowIfNull(columns);
        if (columnNames.Count != columns.Count || columns.Count == 0)
            throw new ArgumentException("Need one name per column and at least one column.", nameof(columns));
        K = columns[0].Count;
        _columns = new double[columns.Count][];
        for (int j = 0; j < columns.Count; j++)
        {
            if (columns[j].Count != K) throw new ArgumentException("All columns must have the same length.", nameof(columns));
            _columns[j] = [.. columns[j]];
        }
        ColumnNames = [.. columnNames];
        InterceptIndex = -1;
        for (int j = 0; j < _columns.Length && InterceptIndex < 0; j++)
        {
            if (Array.TrueForAll(_columns[j], v => v == 1.0)) InterceptIndex = j;
        }
    }

    /// <summary>Number of rows (studies).</summary>
    public int K { get; }

    /// <summary>Number of columns (coefficients).</summary>
    public int P => _columns.Length;

    /// <summary>Column names (e.g. <c>intrcpt</c>, <c>ablat</c>).</summary>
    public IReadOnlyList<string> ColumnNames { get; }

    /// <summary>Index of an all-ones column, or -1.</summary>
    public int InterceptIndex { get; }

    /// <summary>True when X has a column of ones.</summary>
    public bool HasIntercept => InterceptIndex >= 0;

    /// <summary>True for the intercept-only model.</summary>
    public bool IsInterceptOnly => P == 1 && HasIntercept;

    /// <summary>Element X[i, j].</summary>
    public double this[int i, int j] => _columns[j][i];

    internal double[] Column(int j) => _columns[j];

    /// <summary>The intercept-only model matrix with k rows.</summary>
    public static ModelMatrix InterceptOnly(int k)
    {
        // Columns are never written after construction, so the column of ones is shared between matrices of one size.
        var ones = _lastOnes;
        if (ones is null || ones.Length != k)
        {
            ones = new double[k];
            Array.Fill(ones, 1.0);
            _lastOnes = ones;
        }

        return new ModelMatrix(["intrcpt"], [ones], interceptIndex: 0);
    }

    private static double[]? _lastOnes;

    /// <summary>Wraps columns the caller will never write (no copy, no scan).</summary>
    private ModelMatrix(string[] columnNames, double[][] columns, int interceptIndex)
    {
        K = columns[0].Length;
        _columns = columns;
        ColumnNames = columnNames;
        InterceptIndex = interceptIndex;
    }

    /// <summary>Builds X from moderators: intercept (optional), numeric columns, and treatment-coded factors.</summary>
    /// <param name="k">Number of studies.</param>
    /// <param name="moderators">Moderators in formula order.</param>
    /// <param name="intercept">Include an intercept (R's default); without it the first factor gets all its levels.</param>
    public static ModelMatrix FromModerators(int k, IReadOnlyList<Moderator> moderators, bool intercept = true)
    {
        ArgumentNullException.ThrowIfNull(moderators);
        var names = new List<string>();
        var cols = new List<IReadOnlyList<double>>();
        if (intercept)
        {
            var ones = new double[k];
            Array.Fill(ones, 1.0);
            names.Add("intrcpt");
            cols.Add(ones);
        }
        bool fullDummy = !intercept;
        foreach (var m in moderators)
        {
            if (m.Values is not null)
            {
                names.Add(m.Name);
                cols.Add(m.Values);
                continue;
            }
            var levels = m.Levels ?? throw new ArgumentException($"Moderator {m.Name} has neither values nor levels.", nameof(moderators));
            var distinct = levels.Where(l => l is not null).Select(l => l!).Distinct().Order(StringComparer.Ordinal).ToList();
            for (int d = fullDummy ? 0 : 1; d < distinct.Count; d++)
            {
                var col = new double[k];
                for (int i = 0; i < k; i++) col[i] = levels[i] is null ? double.NaN : (levels[i] == distinct[d] ? 1 : 0);
                names.Add(m.Name + distinct[d]);
                cols.Add(col);
            }
            fullDummy = false;
        }
        return new ModelMatrix(names, cols);
    }

    internal ModelMatrix Subset(IReadOnlyList<int> rows)
    {
        var cols = new IReadOnlyList<double>[P];
        for (int j = 0; j < P; j++)
        {
            var c = new double[rows.Count];
            for (int i = 0; i < rows.Count; i++) c[i] = _columns[j][rows[i]];
            cols[j] = c;
        }
        return new ModelMatrix(ColumnNames, cols);
    }
}
