using Spinewise.Evidence.Common;

namespace Spinewise.Evidence.Network;

/// <summary>
/// Contrasts given directly. Each study's contrasts are re-expressed against its baseline arm (the to.wide rule), so
/// the fit sees the same rows whichever way round or against whichever arm the contrasts were given: with G the given
/// rows written in the baseline basis (G = M B), y_B = M⁻¹ y_G and V_B = M⁻¹ V_G M⁻ᵀ. A study needs exactly arms − 1
/// independent contrasts linking all its arms.
/// </summary>
internal static class GivenContrasts
{
    public static NetworkBuilt? Build(IReadOnlyList<NetworkContrastRow> rows, IReadOnlyList<IReadOnlyList<double>>? v, NetworkOptions options, List<DataDiagnostic> problems)
    {
        var warnings = new List<DataDiagnostic>();
        if (rows.Count == 0)
        {
            problems.Add(new(NetworkGeometry.NoData, -1, "study", "no contrasts: there is no network"));
            return null;
        }

        for (int r = 0; r < rows.Count; r++)
        {
            var c = rows[r];
            if (string.IsNullOrWhiteSpace(c.Study) || string.IsNullOrWhiteSpace(c.Treatment1) || string.IsNullOrWhiteSpace(c.Treatment2))
            {
                problems.Add(new(NetworkGeometry.MissingName, r, string.IsNullOrWhiteSpace(c.Study) ? "study" : "treatment", "the contrast has no study or no treatment name"));
            }
            else if (c.Treatment1 == c.Treatment2)
            {
                problems.Add(new(NetworkDiagnostics.SameTreatment, r, "treatment2", $"study '{c.Study}': '{c.Treatment1}' is compared with itself"));
            }

            if (!double.IsFinite(c.Yi))
            {
                problems.Add(new(NetworkDiagnostics.InvalidValue, r, "yi", $"yi = {c.Yi} is not a finite number"));
            }

            if (v is null && !(c.Vi > 0 && double.IsFinite(c.Vi)))
            {
                problems.Add(new(NetworkDiagnostics.InvalidValue, r, "vi", $"vi = {c.Vi} must be a positive finite number"));
            }
        }

        CheckV(rows, v, problems);
        if (problems.Count > 0)
        {
            return null;
        }

        var armList = rows.SelectMany(c => new[] { c.Treatment1, c.Treatment2 }.Select(t => (c.Study, t))).Distinct().ToList();
        var geometry = NetworkGeometry.Of([.. armList.Select(a => new NetworkArm(a.Study, a.t, null))]);
        problems.AddRange(geometry.Diagnostics.Where(d => d.Code != NetworkGeometry.OneArmStudy && d.Code != NetworkGeometry.DuplicateArm));
        var reference = NetworkLevels.Reference(armList.Select(a => a.t), options.Reference)!;
        if (!geometry.Treatments.Any(t => t.Treatment == reference))
        {
            problems.Add(new(NetworkDiagnostics.UnknownTreatment, -1, "reference", $"the reference '{reference}' is not a treatment of any contrast"));
        }

        if (problems.Count > 0)
        {
            return null;
        }

        var contrasts = new List<NetworkContrastRow>();
        var studies = new List<NetworkStudy>();
        foreach (var g in rows.Select((c, r) => (c, r)).GroupBy(x => x.c.Study, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var study = Rebase(g.Key, [.. g], v, reference, contrasts, problems);
            if (study is null)
            {
                continue;
            }

            if (v is null && study.Rows.Length > 1)
            {
                warnings.Add(new(NetworkDiagnostics.MultiArmWithoutCovariance, study.FirstRow, "V", $"study '{g.Key}' has {study.Treatments.Count} arms but no covariances were given: its contrasts are taken as uncorrelated"));
            }

            NetworkLevels.CheckBlock(study, problems);
            studies.Add(study);
        }

        return problems.Count > 0 ? null : new NetworkBuilt(contrasts, studies, geometry, reference, warnings);
    }

    private static NetworkStudy? Rebase(string name, List<(NetworkContrastRow C, int Row)> given, IReadOnlyList<IReadOnlyList<double>>? v, string reference, List<NetworkContrastRow> output, List<DataDiagnostic> problems)
    {
        var treatments = NetworkLevels.Order(given.SelectMany(x => new[] { x.C.Treatment1, x.C.Treatment2 }).Distinct(), reference);
        int n = treatments.Count - 1, first = given[0].Row;
        if (given.Count != n)
        {
            problems.Add(new(NetworkDiagnostics.StudyContrasts, first, "treatment1", $"study '{name}' has {treatments.Count} arms and {given.Count} contrasts: it needs exactly {n} (one per arm besides its baseline)"));
            return null;
        }

        // M[r][t]: given row r in the basis (t - baseline); the baseline's column is dropped.
        var m = new double[n * n];
        for (int r = 0; r < n; r++)
        {
            int i = treatments.IndexOf(given[r].C.Treatment1), j = treatments.IndexOf(given[r].C.Treatment2);
            if (i < n) m[(r * n) + i] += 1;
            if (j < n) m[(r * n) + j] -= 1;
        }

        var minv = Invert(m, n);
        if (minv is null)
        {
            problems.Add(new(NetworkDiagnostics.StudyContrasts, first, "treatment1", $"study '{name}': its contrasts are redundant or do not link all its arms ({string.Join(", ", treatments)})"));
            return null;
        }

        var vg = new double[n * n];
        for (int a = 0; a < n; a++)
        {
            for (int c = 0; c < n; c++)
            {
                vg[(a * n) + c] = v is null ? (a == c ? given[a].C.Vi : 0) : v[given[a].Row][given[c].Row];
            }
        }

        var yb = new double[n];
        var block = new double[n * n];
        for (int a = 0; a < n; a++)
        {
            for (int r = 0; r < n; r++)
            {
                yb[a] += minv[(a * n) + r] * given[r].C.Yi;
            }

            for (int c = 0; c < n; c++)
            {
                double s = 0;
                for (int r = 0; r < n; r++)
                {
                    for (int q = 0; q < n; q++)
                    {
                        s += minv[(a * n) + r] * vg[(r * n) + q] * minv[(c * n) + q];
                    }
                }

                block[(a * n) + c] = s;
            }
        }

        var rows = new int[n];
        for (int a = 0; a < n; a++)
        {
            rows[a] = output.Count;
            output.Add(new NetworkContrastRow(name, treatments[a], treatments[n], yb[a], block[(a * n) + a]));
        }

        return new NetworkStudy(name, treatments, first, rows, block);
    }

    private static void CheckV(IReadOnlyList<NetworkContrastRow> rows, IReadOnlyList<IReadOnlyList<double>>? v, List<DataDiagnostic> problems)
    {
        if (v is null)
        {
            return;
        }

        int k = rows.Count;
        if (v.Count != k || v.Any(r => r is null || r.Count != k))
        {
            problems.Add(new(NetworkDiagnostics.VShape, -1, "V", $"V must be {k} × {k} (one row and column per contrast)"));
            return;
        }

        for (int i = 0; i < k; i++)
        {
            if (!(v[i][i] > 0) || !double.IsFinite(v[i][i]))
            {
                problems.Add(new(NetworkDiagnostics.InvalidValue, i, "V", $"V[{i},{i}] = {v[i][i]} must be a positive finite variance"));
            }

            for (int j = i + 1; j < k; j++)
            {
                if (!double.IsFinite(v[i][j]) || Math.Abs(v[i][j] - v[j][i]) > 1e-12 * Math.Max(1, Math.Abs(v[i][j])))
                {
                    problems.Add(new(NetworkDiagnostics.VShape, i, "V", $"V[{i},{j}] = {v[i][j]} and V[{j},{i}] = {v[j][i]}: V must be finite and symmetric"));
                }
                else if (v[i][j] != 0 && rows[i].Study != rows[j].Study)
                {
                    problems.Add(new(NetworkDiagnostics.VShape, i, "V", $"V[{i},{j}] = {v[i][j]} correlates contrasts of different studies ('{rows[i].Study}', '{rows[j].Study}'): studies must be independent"));
                }
            }
        }
    }

    /// <summary>Inverse of a small square matrix by Gauss–Jordan with partial pivoting; null when singular.</summary>
    private static double[]? Invert(double[] a, int n)
    {
        var m = (double[])a.Clone();
        var inv = new double[n * n];
        for (int i = 0; i < n; i++) inv[(i * n) + i] = 1;
        for (int col = 0; col < n; col++)
        {
            int piv = col;
            for (int r = col + 1; r < n; r++)
            {
                if (Math.Abs(m[(r * n) + col]) > Math.Abs(m[(piv * n) + col])) piv = r;
            }

            if (Math.Abs(m[(piv * n) + col]) < 1e-12) return null;
            for (int c = 0; c < n; c++)
            {
                (m[(col * n) + c], m[(piv * n) + c]) = (m[(piv * n) + c], m[(col * n) + c]);
                (inv[(col * n) + c], inv[(piv * n) + c]) = (inv[(piv * n) + c], inv[(col * n) + c]);
            }

            double d = m[(col * n) + col];
            for (int c = 0; c < n; c++)
            {
                m[(col * n) + c] /= d;
                inv[(col * n) + c] /= d;
            }

            for (int r = 0; r < n; r++)
            {
                if (r == col) continue;
                double f = m[(r * n) + col];
                if (f == 0) continue;
                for (int c = 0; c < n; c++)
                {
                    m[(r * n) + c] -= f * m[(col * n) + c];
                    inv[(r * n) + c] -= f * inv[(col * n) + c];
                }
            }
        }

        return inv;
    }
}
