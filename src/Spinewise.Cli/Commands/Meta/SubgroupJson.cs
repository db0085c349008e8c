using Spinewise.Evidence.Models;
using static Spinewise.Cli.Commands.Meta.JsonValues;

namespace Spinewise.Cli.Commands.Meta;

/// <summary>A subgroup analysis in the keys of the reference cases' <c>subgroup</c> category.</summary>
internal static class SubgroupJson
{
    public static Dictionary<string, object?> From(SubgroupResult r) => new()
    {
        ["groups"] = r.Groups.ToDictionary(g => g.Level, g => (object?)Group(g)),
        ["test_subgroup_differences"] = new Dictionary<string, object?>
        {
            ["QM"] = N(r.TestOfDifferences.QM),
            ["QMdf"] = new[] { (object?)r.TestOfDifferences.QMdf1, N(r.TestOfDifferences.QMdf2) },
            ["QMp"] = N(r.TestOfDifferences.QMp),
            ["QE"] = N(r.TestOfDifferences.QE),
            ["QEdf"] = r.TestOfDifferences.QEdf,
            ["QEp"] = N(r.TestOfDifferences.QEp),
        },
        ["pooled_tau2_model"] = Pooled(r.PooledTau2Model),
        ["overall"] = Overall(r.Overall),
    };

    private static Dictionary<string, object?> Group(SubgroupFit g) => new()
    {
        ["k"] = g.Fit.K,
        ["beta"] = N(g.Fit.Beta[0]),
        ["se"] = N(g.Fit.Se[0]),
        [g.Fit.Options.Test == TestType.Z ? "zval" : "tval"] = N(g.Fit.Zval[0]),
        ["pval"] = N(g.Fit.Pval[0]),
        ["ci.lb"] = N(g.Fit.CiLb[0]),
        ["ci.ub"] = N(g.Fit.CiUb[0]),
        ["tau2"] = N(g.Fit.Tau2),
        ["se.tau2"] = N(g.Fit.SeTau2),
        ["I2"] = N(g.Fit.I2),
        ["H2"] = N(g.Fit.H2),
        ["QE"] = N(g.Fit.QE),
        ["QEdf"] = g.Fit.QEdf,
        ["QEp"] = N(g.Fit.QEp),
        ["pi.lb"] = N(g.Prediction.PiLb[0]),
        ["pi.ub"] = N(g.Prediction.PiUb[0]),
    };

    private static Dictionary<string, object?> Pooled(RmaResult f) => new()
    {
        ["coef_names"] = f.CoefNames,
        ["beta"] = Arr(f.Beta),
        ["se"] = Arr(f.Se),
        ["QM"] = N(f.QM),
        ["QMdf"] = new[] { (object?)f.QMdf1, N(f.QMdf2) },
        ["QMp"] = N(f.QMp),
        ["tau2"] = N(f.Tau2),
        ["QE"] = N(f.QE),
        ["QEdf"] = f.QEdf,
        ["QEp"] = N(f.QEp),
        ["R2"] = N(f.R2),
    };

    private static Dictionary<string, object?> Overall(RmaResult f) => new()
    {
        ["k"] = f.K,
        ["beta"] = N(f.Beta[0]),
        ["se"] = N(f.Se[0]),
        ["ci.lb"] = N(f.CiLb[0]),
        ["ci.ub"] = N(f.CiUb[0]),
        ["tau2"] = N(f.Tau2),
        ["I2"] = N(f.I2),
        ["QE"] = N(f.QE),
        ["QEdf"] = f.QEdf,
        ["QEp"] = N(f.QEp),
    };
}
