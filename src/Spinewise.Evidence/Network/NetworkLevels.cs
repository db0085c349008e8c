using Spinewise.Evidence.Common;
using Spinewise.Evidence.Models;

namespace Spinewise.Evidence.Network;

/// <summary>metafor's to.wide rules: the reference, the level order (ordinal, reference last), the baseline arm.</summary>
internal static class NetworkLevels
{
    /// <summary>The given reference, or the treatment with the most arms (ties: first in ordinal order), as to.wide.</summary>
    public static string? Reference(IEnumerable<string> armTreatments, string? given)
    {
        if (given is not null)
        {
            return given;
        }

        return armTreatments.GroupBy(t => t, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();
    }

    /// <summary>Level order: ordinal, with the reference last; the last treatment of a study is its baseline.</summary>
    public static List<string> Order(IEnumerable<string> treatments, string reference) =>
        [.. treatments.OrderBy(t => t == reference ? 1 : 0).ThenBy(t => t, StringComparer.Ordinal)];

    /// <summary>Reports a study block that is not positive definite; true when it is.</summary>
    public static bool CheckBlock(NetworkStudy study, List<DataDiagnostic> problems)
    {
        int n = study.Rows.Length;
        if (!IsPositiveDefinite(study.Block, n))
        {
            problems.Add(new(NetworkDiagnostics.SingularV, study.FirstRow, "V",
                $"study '{study.Name}': the sampling covariance of its {n} contrast(s) is not positive definite (singular V)"));
            return false;
        }

        return true;
    }

    /// <summary>Cholesky with a relative pivot check: a pivot below 1e-10 of its diagonal entry counts as singular.</summary>
    private static bool IsPositiveDefinite(double[] a, int n)
    {
        var l = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double s = a[(i * n) + j];
                for (int q = 0; q < j; q++) s -= l[(i * n) + q] * l[(j * n) + q];
                if (i == j)
                {
                    if (!(s > 1e-10 * a[(i * n) + i])) return false;
                    l[(i * n) + i] = Math.Sqrt(s);
                }
                else
                {
                    l[(i * n) + j] = s / l[(j * n) + j];
                }
            }
        }

        return true;
    }

    /// <summary>The options' problems (correlations, level, method).</summary>
    public static void CheckOptions(NetworkOptions o, List<DataDiagnostic> problems)
    {
        if (!(o.Rho >= -1 && o.Rho <= 1))
        {
            problems.Add(new(NetworkDiagnostics.InvalidOption, -1, "rho", $"rho = {o.Rho} must lie in [-1, 1]"));
        }

        if (!(o.Phi >= -1 && o.Phi <= 1))
        {
            problems.Add(new(NetworkDiagnostics.InvalidOption, -1, "phi", $"phi = {o.Phi} must lie in [-1, 1]"));
        }

        if (!(o.Level > 0 && o.Level < 100))
        {
            problems.Add(new(NetworkDiagnostics.InvalidOption, -1, "level", $"level = {o.Level} must lie in (0, 100)"));
        }

        if (o.Method is not (TauSquaredEstimator.REML or TauSquaredEstimator.ML or TauSquaredEstimator.EE or TauSquaredEstimator.FE))
        {
            problems.Add(new(NetworkDiagnostics.InvalidOption, -1, "method", $"method {o.Method}: a network is fitted by REML, ML or EE/FE"));
        }

        if (o.RankSimulations < 0)
        {
            problems.Add(new(NetworkDiagnostics.InvalidOption, -1, "rank_simulations", "the number of rank simulations cannot be negative"));
        }
    }
}
