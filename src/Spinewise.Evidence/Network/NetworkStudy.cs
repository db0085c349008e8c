namespace Spinewise.Evidence.Network;

/// <summary>One study as fitted: its treatments in to.wide order (baseline last), its contrasts and their V block.</summary>
/// <param name="Name">The study.</param>
/// <param name="Treatments">Treatments in level order (ordinal, reference last); the last is the baseline.</param>
/// <param name="FirstRow">The input row diagnostics name for the study.</param>
/// <param name="Rows">Indices of its contrasts in the built contrast list (one per non-baseline treatment, in order).</param>
/// <param name="Block">Row-major n × n sampling covariance of its contrasts.</param>
internal sealed record NetworkStudy(string Name, IReadOnlyList<string> Treatments, int FirstRow, int[] Rows, double[] Block)
{
    public string Baseline => Treatments[^1];

    public string Design => string.Join('\u001f', Treatments.Order(StringComparer.Ordinal));

    /// <summary>The study's contrast t1 − t2 (either may be the baseline) and its sampling variance.</summary>
    public (double Yi, double Vi) Contrast(IReadOnlyList<NetworkContrastRow> rows, string t1, string t2)
    {
        int i = Treatments.ToList().IndexOf(t1), j = Treatments.ToList().IndexOf(t2), n = Rows.Length;
        double y1 = i < n ? rows[Rows[i]].Yi : 0, y2 = j < n ? rows[Rows[j]].Yi : 0;
        double v11 = i < n ? Block[(i * n) + i] : 0, v22 = j < n ? Block[(j * n) + j] : 0;
        double v12 = i < n && j < n ? Block[(i * n) + j] : 0;
        return (y1 - y2, v11 + v22 - (2 * v12));
    }
}
