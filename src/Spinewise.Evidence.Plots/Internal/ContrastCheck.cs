using System.Globalization;
using Spinewise.Evidence.Network;

namespace Spinewise.Evidence.Plots.Internal;

/// <summary>Checks the contrasts a network plot is given, so bad values fail with a message naming the contrast, not inside the renderer.</summary>
internal static class ContrastCheck
{
    /// <summary>Throws <see cref="ArgumentException"/> for an empty list, a missing or repeated name, or a value that cannot be drawn.</summary>
    /// <param name="contrasts">The contrasts.</param>
    /// <param name="parameter">The caller's parameter name.</param>
    public static void All(IReadOnlyList<NetworkContrast> contrasts, string parameter)
    {
        ArgumentNullException.ThrowIfNull(contrasts, parameter);
        if (contrasts.Count == 0)
        {
            throw new ArgumentException("The list of contrasts is empty: there is nothing to plot.", parameter);
        }

        for (int i = 0; i < contrasts.Count; i++)
        {
            One(contrasts[i], i, parameter);
        }
    }

    private static void One(NetworkContrast? c, int i, string parameter)
    {
        if (c is null)
        {
            throw new ArgumentException($"Contrast {i} is null.", parameter);
        }

        string where = $"Contrast {i} ('{c.Label}')";
        if (string.IsNullOrWhiteSpace(c.Treatment1) || string.IsNullOrWhiteSpace(c.Treatment2))
        {
            throw new ArgumentException($"{where}: a treatment name is empty.", parameter);
        }

        if (string.Equals(c.Treatment1, c.Treatment2, StringComparison.Ordinal))
        {
            throw new ArgumentException($"{where}: compares a treatment with itself.", parameter);
        }

        foreach (var (name, value) in (ReadOnlySpan<(string, double)>)[("pred", c.Pred), ("ci.lb", c.CiLb), ("ci.ub", c.CiUb)])
        {
            if (!double.IsFinite(value))
            {
                throw new ArgumentException($"{where}: {name} is {Text(value)}; the estimate and confidence limits must be finite numbers.", parameter);
            }
        }

        if (!double.IsFinite(c.Se) || c.Se <= 0)
        {
            throw new ArgumentException($"{where}: se is {Text(c.Se)}; it must be a finite number > 0.", parameter);
        }

        if (c.CiLb > c.Pred || c.Pred > c.CiUb)
        {
            throw new ArgumentException($"{where}: the estimate {Text(c.Pred)} is not within its confidence interval [{Text(c.CiLb)}, {Text(c.CiUb)}].", parameter);
        }

        bool lower = double.IsNaN(c.PiLb), upper = double.IsNaN(c.PiUb);
        if (lower != upper || (!lower && (!double.IsFinite(c.PiLb) || !double.IsFinite(c.PiUb) || c.PiLb > c.PiUb)))
        {
            throw new ArgumentException($"{where}: the prediction interval [{Text(c.PiLb)}, {Text(c.PiUb)}] must be two finite limits in order, or both NaN (none).", parameter);
        }
    }

    /// <summary>Whether the contrast has a prediction interval (both limits given).</summary>
    public static bool HasPrediction(NetworkContrast c) => !double.IsNaN(c.PiLb);

    /// <summary>The same contrast the other way round: <c>Treatment2 - Treatment1</c>.</summary>
    public static NetworkContrast Reverse(NetworkContrast c) =>
        new(c.Treatment2, c.Treatment1, -c.Pred, c.Se, -c.CiUb, -c.CiLb, -c.PiUb, -c.PiLb);

    public static string Text(double x) => x.ToString(CultureInfo.InvariantCulture);
}
