namespace Spinewise.Evidence.Multivariate;

/// <summary>
/// The known sampling covariance matrix V of the effect sizes (metafor's <c>V</c>, or <c>vi</c> for a diagonal V).
/// Rows that V correlates must belong to the same independent block (study); the fit finds the blocks itself.
/// </summary>
public sealed class SamplingCovariance
{
    private readonly double[]? _diagonal;
    private readonly double[][]? _dense;
    private readonly CovarianceBlocks? _blocks;

    private SamplingCovariance(double[]? diagonal, double[][]? dense, CovarianceBlocks? blocks = null)
    {
        _diagonal = diagonal;
        _dense = dense;
        _blocks = blocks;
        K = diagonal?.Length ?? dense?.Length ?? blocks!.K;
    }

    /// <summary>Number of rows (effect sizes).</summary>
    public int K { get; }

    /// <summary>True when V was given as its diagonal (vi).</summary>
    public bool IsDiagonal => _diagonal is not null;

    /// <summary>V = diag(vi): independent sampling errors.</summary>
    /// <param name="vi">Sampling variances, one per effect size.</param>
    public static SamplingCovariance FromVariances(IReadOnlyList<double> vi)
    {
        ArgumentNullException.ThrowIfNull(vi);
        return new SamplingCovariance([.. vi], null);
    }

    /// <summary>The full k × k matrix as rows (zeros between independent studies).</summary>
    /// <param name="rows">k rows of k values each; a row of the wrong length is reported by the fit's validation.</param>
    public static SamplingCovariance FromMatrix(IReadOnlyList<IReadOnlyList<double>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var copy = new double[rows.Count][];
        for (int i = 0; i < rows.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(rows[i]);
            copy[i] = [.. rows[i]];
        }

        return new SamplingCovariance(null, copy);
    }

    /// <summary>
    /// V given by its independent blocks (studies) only, so memory grows with Σ nᵢ², not k². Rows in no block have
    /// no sampling variance (reported by the fit's validation).
    /// </summary>
    /// <param name="k">Number of rows.</param>
    /// <param name="blocks">The blocks: distinct rows in 0..k-1, each with its square matrix.</param>
    public static SamplingCovariance FromBlocks(int k, IReadOnlyList<CovarianceBlock> blocks) =>
        new(null, null, new CovarianceBlocks(k, blocks));

    /// <summary>V[i, j] (0 outside the stored pattern; NaN on the diagonal of a row no block covers).</summary>
    public double this[int i, int j] =>
        _diagonal is not null ? (i == j ? _diagonal[i] : 0)
        : _blocks is not null ? _blocks[i, j]
        : (j < _dense![i].Length ? _dense[i][j] : double.NaN);

    /// <summary>Length of stored row i (k for a well-formed matrix).</summary>
    internal int RowLength(int i) => _dense is null ? K : _dense[i].Length;

    /// <summary>Calls <paramref name="visit"/> for every stored non-zero off-diagonal entry (both triangles).</summary>
    internal void ForEachOffDiagonal(Action<int, int> visit)
    {
        if (_blocks is not null)
        {
            _blocks.ForEachOffDiagonal(visit);
            return;
        }

        if (_dense is null)
        {
            return;
        }

        for (int i = 0; i < K; i++)
        {
            var row = _dense[i];
            for (int j = 0; j < row.Length; j++)
            {
                if (j != i && row[j] != 0)
                {
                    visit(i, j);
                }
            }
        }
    }
}
