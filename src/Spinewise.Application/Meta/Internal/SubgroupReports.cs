using Spinewise.Application.Meta.Contracts;
using Spinewise.Evidence.Models;
using static Spinewise.Application.Meta.MetaNumber;

namespace Spinewise.Application.Meta.Internal;

/// <summary>Maps a subgroup analysis to the keys of the reference cases' <c>subgroup</c> category.</summary>
internal static class SubgroupReports
{
    public static RmaReport With(RmaReport report, SubgroupResult r)
    {
        var t = r.TestOfDifferences;
        return report with
        {
            Groups = r.Groups.ToDictionary(g => g.Level, Group),
            TestSubgroupDifferences = new() { QM = t.QM, QMdf = [t.QMdf1, t.QMdf2], QMp = t.QMp, QE = t.QE, QEdf = t.QEdf, QEp = t.QEp },
            PooledTau2Model = Pooled(r.PooledTau2Model),
            Overall = Overall(r.Overall),
        };
    }

    private static SubgroupGroupReport Group(SubgroupFit g)
    {
        var f = g.Fit;
        bool z = f.Options.Test == TestType.Z;
        return new()
        {
            K = f.K, Beta = f.Beta[0], Se = f.Se[0], Zval = z ? f.Zval[0] : null, Tval = z ? null : f.Zval[0], Pval = f.Pval[0],
            CiLb = f.CiLb[0], CiUb = f.CiUb[0], Tau2 = f.Tau2, SeTau2 = f.SeTau2, I2 = f.I2, H2 = f.H2, QE = f.QE, QEdf = f.QEdf, QEp = f.QEp,
            PiLb = g.Prediction.PiLb[0], PiUb = g.Prediction.PiUb[0],
        };
    }

    private static PooledTau2ModelReport Pooled(RmaResult f) => new()
    {
        CoefNames = [.. f.CoefNames], Beta = List(f.Beta), Se = List(f.Se), QM = f.QM, QMdf = [f.QMdf1, f.QMdf2], QMp = f.QMp,
        Tau2 = f.Tau2, QE = f.QE, QEdf = f.QEdf, QEp = f.QEp, R2 = f.R2,
    };

    private static SubgroupOverallReport Overall(RmaResult f) => new()
    {
        K = f.K, Beta = f.Beta[0], Se = f.Se[0], CiLb = f.CiLb[0], CiUb = f.CiUb[0], Tau2 = f.Tau2, I2 = f.I2, QE = f.QE, QEdf = f.QEdf, QEp = f.QEp,
    };
}
