namespace Spinewise.Evidence.Multivariate;

/// <summary>Storage of a block-diagonal V: each row's block and position, and each block's dense matrix.</summary>
internal sealed class CovarianceBlocks
{
    private readonly int[] _blockOf;
    private readonly int[] _position;
    private readonly int[][] _rows;
    private readonly double[][] _values;

    public CovarianceBlocks(int k, IReadOnlyList<CovarianceBlock> blocks)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentNullException.ThrowIfNull(blocks);
        K = k;
        _blockOf = new int[k];
        _position = new int[k];
        Array.Fill(_blockOf, -1);
        _rows = new int[blocks.Count][];
        _values = new double[blocks.Count][];
        for (int b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b] ?? throw new ArgumentException($"Block {b} is null.", nameof(blocks));
            int n = block.Rows.Count;
            if (block.Values.Count != n || block.Values.Any(r => r is null || r.Count != n))
            {
                throw new ArgumentException($"Block {b} covers {n} rows, so its matrix must be {n} × {n}.", nameof(blocks));
            }

            _rows[b] = [.. block.Rows];
            _values[b] = new double[n * n];
            for (int a = 0; a < n; a++)
            {
                int row = _rows[b][a];
                if (row < 0 || row >= k || _blockOf[row] >= 0)
                {
                    throw new ArgumentException($"Block {b}: row {row} is outside 0..{k - 1} or already in a block.", nameof(blocks));
                }

                _blockOf[row] = b;
                _position[row] = a;
                for (int c = 0; c < n; c++)
                {
                    _values[b][(a * n) + c] = block.Values[a][c];
                }
            }
        }
    }

    public int K { get; }

    public double this[int i, int j]
    {
        get
        {
            int b = _blockOf[i];
            if (b < 0)
            {
                return i == j ? double.NaN : 0;
            }

            if (_blockOf[j] != b)
            {
                return 0;
            }

            return _values[b][(_position[i] * _rows[b].Length) + _position[j]];
        }
    }

    public void ForEachOffDiagonal(Action<int, int> visit)
    {
        for (int b = 0; b < _rows.Length; b++)
        {
            var rows = _rows[b];
            int n = rows.Length;
            for (int a = 0; a < n; a++)
            {
                for (int c = 0; c < n; c++)
                {
                    if (a != c && _values[b][(a * n) + c] != 0)
                    {
                        visit(rows[a], rows[c]);
                    }
                }
            }
        }
    }
}
