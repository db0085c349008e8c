using System.Collections;

namespace Spinewise.Evidence.Models;

/// <summary>
/// weights(res) in percent, computed on demand from the fit's vi and tau² (or the user weights) instead of stored:
/// 100 w_i / Σw with w_i = 1/(vi + tau²).
/// </summary>
internal sealed class WeightsPercentList(double[] vi, double tau2, double[]? userWeights, double sumW) : IReadOnlyList<double>
{
    public int Count => vi.Length;

    public double this[int index] => userWeights is null ? 100 * (1 / (vi[index] + tau2)) / sumW : 100 * userWeights[index] / sumW;

    public IEnumerator<double> GetEnumerator()
    {
        for (int i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
