using System.Text.Json.Nodes;
using Spinewise.Evidence.EffectSizes;
using Spinewise.Evidence.FixedEffects;
using Spinewise.Evidence.Tests.Reference;

namespace Spinewise.Evidence.Tests;

public sealed class PooledReferenceTests
{
    public static TheoryData<string> Cases => ReferenceCases.Ids("rma.mh", "rma.peto");

    [Theory]
    [MemberData(nameof(Cases))]
    public void MantelHaenszel_and_Peto_match_metafor(string id)
    {
        var c = ReferenceCases.Get(id);
        var input = c["input"]!.AsObject();
        var e = c["expected"]!.AsObject();
        var o = input["options"]!;
        var options = new MhOptions
        {
            Add = Json.D(o["add"]),
            Drop00 = o["drop00"]!.GetValue<bool>(),
            Correct = o["correct"] is null || o["correct"]!.GetValue<bool>(),
            Level = o["level"] is null ? 95 : Json.D(o["level"]),
        };
        var data = CaseInputs.EscalcData(input["data"]!.AsObject());
        var res = Json.S(input["function"]) == "rma.peto"
            ? Peto.Fit(data, options)
            : MantelHaenszel.Fit(Enum.Parse<EffectMeasure>(Json.S(input["measure"])!), data, options);
        var cmp = new Comparer(id);
        var tol = Tolerance.ClosedForm;
        cmp.Scalar("k", res.K, e["k"], tol);
        cmp.Scalar("k.yi", res.KYi, e["k.yi"], tol);
        cmp.Scalar("k.pos", res.KPos ?? double.NaN, e["k.pos"], tol);
        cmp.Scalar("k.all", res.KAll, e["k.all"], tol);
        foreach (var (name, v) in new[] { ("beta", res.Beta), ("se", res.Se), ("zval", res.Zval), ("pval", res.Pval), ("ci.lb", res.CiLb), ("ci.ub", res.CiUb) })
            cmp.Scalar(name, v, e[name], tol);
        foreach (var (name, v) in new[] { ("tau2", res.Tau2), ("I2", res.I2), ("H2", res.H2), ("QE", res.QE), ("QEdf", res.QEdf), ("QEp", res.QEp),
                     ("CO", res.CO), ("COp", res.COp), ("MH", res.MH), ("MHp", res.MHp), ("BD", res.BD), ("BDp", res.BDp), ("TA", res.TA), ("TAp", res.TAp) })
        {
            if (e.ContainsKey(name)) cmp.Scalar(name, v, e[name], tol);
        }
        var fs = e["fit_stats"]!;
        foreach (var (lik, st) in new[] { ("ML", res.FitML), ("REML", res.FitREML) })
        {
            cmp.Scalar($"{lik}.ll", st.LogLik, fs[lik]!["ll"], tol);
            cmp.Scalar($"{lik}.dev", st.Deviance, fs[lik]!["dev"], tol);
            cmp.Scalar($"{lik}.AIC", st.Aic, fs[lik]!["AIC"], tol);
            cmp.Scalar($"{lik}.BIC", st.Bic, fs[lik]!["BIC"], tol);
            cmp.Scalar($"{lik}.AICc", st.Aicc, fs[lik]!["AICc"], tol);
        }
        cmp.Array("yi_used_for_QE", res.YiUsedForQE, e["yi_used_for_QE"], tol);
        cmp.Array("vi_used_for_QE", res.ViUsedForQE, e["vi_used_for_QE"], tol);
        cmp.AssertAll();
    }
}
