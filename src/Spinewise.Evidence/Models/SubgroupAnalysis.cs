namespace Spinewise.Evidence.Models;

/// <summary>Subgroup analysis: separate fits per level, test for subgroup differences, pooled-tau² moderator model.</summary>
public static class SubgroupAnalysis
{
    /// <summary>Runs the analysis. Levels are sorted ordinally; rows with a null group are ignored.</summary>
    /// <param name="yi">Effect sizes.</param>
    /// <param name="vi">Sampling variances.</param>
    /// <param name="groups">Group label per study.</param>
    /// <param name="options">Options applied to every fit.</param>
    /// <param name="groupName">Name used for the moderator columns (e.g. <c>factor(alloc)</c>).</param>
    public static SubgroupResult Run(IReadOnlyList<double> yi, IReadOnlyList<double> vi, IReadOnlyList<string?> groups, RmaOptions? options = null, string groupName = "group")
    {
        ArgumentNullException.ThrowIfNull(yi);
        ArgumentNullException.ThrowIfNull(vi);
        ArgumentNullException.ThrowIfNull(groups);
        options ??= new RmaOptions();
        var levels = groups.Where(g => g is not null).Select(g => g!).Distinct().Order(StringComparer.Ordinal).ToList();
        var fits = new List<SubgroupFit>();
        foreach (var level in levels)
        {
            var gy = new List<double>();
            var gv = new List<double>();
            for (int i = 0; i < yi.Count; i++)
            {
                if (groups[i] != level) continue;
                gy.Add(yi[i]);
                gv.Add(vi[i]);
            }
            var fit = Rma.Fit(gy, gv, options);
            fits.Add(new SubgroupFit(level, fit, Rma.Predict(fit)));
        }
        var est = fits.Select(f => f.Fit.Beta[0]).ToArray();
        var sev = fits.Select(f => f.Fit.Se[0] * f.Fit.Se[0]).ToArray();
        var testX = ModelMatrix.FromModerators(levels.Count, [Moderator.Categorical(groupName, levels)]);
        var test = Rma.Fit(est, sev, new RmaOptions { Method = TauSquaredEstimator.EE, Level = options.Level }, testX);
        var pooledX = ModelMatrix.FromModerators(yi.Count, [Moderator.Categorical(groupName, groups)]);
        var pooled = Rma.Fit(yi, vi, options, pooledX);
        var overall = Rma.Fit(yi, vi, options);
        return new SubgroupResult(fits, test, pooled, overall);
    }
}
