using Spinewise.Evidence.FixedEffects;
using static Spinewise.Cli.Commands.Meta.JsonValues;

namespace Spinewise.Cli.Commands.Meta;

/// <summary>A Mantel-Haenszel or Peto fit in the keys of the reference cases' rma.mh / rma.peto categories.</summary>
internal static class PooledJson
{
    public static Dictionary<string, object?> From(PooledResult r, double level, bool mh)
    {
        var json = new Dictionary<string, object?>
        {
            ["k"] = r.K, ["k.yi"] = r.KYi, ["k.pos"] = r.KPos, ["k.all"] = r.KAll, ["measure"] = r.Measure, ["alpha"] = 1 - (level / 100),
            ["beta"] = One(r.Beta), ["se"] = One(r.Se), ["zval"] = One(r.Zval), ["pval"] = One(r.Pval), ["ci.lb"] = One(r.CiLb), ["ci.ub"] = One(r.CiUb),
            ["tau2"] = N(r.Tau2), ["I2"] = N(r.I2), ["H2"] = N(r.H2), ["QE"] = N(r.QE), ["QEdf"] = r.QEdf, ["QEp"] = N(r.QEp),
        };
        if (mh)
        {
            json["CO"] = N(r.CO);
            json["COp"] = N(r.COp);
            json["MH"] = N(r.MH);
            json["MHp"] = N(r.MHp);
            json["BD"] = N(r.BD);
            json["BDp"] = N(r.BDp);
            json["TA"] = N(r.TA);
            json["TAp"] = N(r.TAp);
        }

        json["fit_stats"] = FitStats(r.FitML, r.FitREML);
        json["yi_used_for_QE"] = Arr(r.YiUsedForQE);
        json["vi_used_for_QE"] = Arr(r.ViUsedForQE);
        json["warnings"] = r.Warnings;
        return json;
    }
}
