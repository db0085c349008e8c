namespace Spinewise.Evidence.Multivariate;

/// <summary>One independent block (cluster) of rows: its data and dense n × n matrices, row-major.</summary>
internal sealed class MvBlock
{
    public MvBlock(int[] rows, double[] y, double[] x, double[] v, MvIndicator[][] terms)
    {
        Rows = rows;
        Y = y;
        X = x;
        V = v;
        Terms = terms;
    }

    /// <summary>Indices into the input of the block's rows.</summary>
    public int[] Rows { get; }

    public int N => Rows.Length;

    public double[] Y { get; }

    /// <summary>n × p rows of the model matrix.</summary>
    public double[] X { get; }

    public double[] V { get; }

    /// <summary>Each component's pattern A as a sum of weighted group indicators (for W·A in O(n²)).</summary>
    public MvIndicator[][] Terms { get; }
}
