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
        cmp.Exact("measure", Json.S(input["function"]) == "rma.peto" ? "PETO" : Json.S(input["measure"]));
        cmp.Scalar("alpha", 1 - (options.Level / 100), tol);
        cmp.Scalar("k", res.K, tol);
        cmp.Scalar("k.yi", res.KYi, tol);
        cmp.Scalar("k.pos", res.KPos ?? double.NaN, tol);
        cmp.Scalar("k.all", res.KAll, tol);
        foreach (var (name, v) in new[] { ("beta", res.Beta), ("se", res.Se), ("zval", res.Zval), ("pval", res.Pval), ("ci.lb", res.CiLb), ("ci.ub", res.CiUb) })
            cmp.Scalar(name, v, tol);
        foreach (var (name, v) in new[] { ("tau2", res.Tau2), ("I2", res.I2), ("H2", res.H2), ("QE", res.QE), ("QEdf", res.QEdf), ("QEp", res.QEp),
                     ("CO", res.CO), ("COp", res.COp), ("MH", res.MH), ("MHp", res.MHp), ("BD", res.BD), ("BDp", res.BDp), ("TA", res.TA), ("TAp", res.TAp) })
        {
            if (e.ContainsKey(name)) cmp.Scalar(name, v, tol);
        }
        foreach (var (lik, st) in new[] { ("ML", res.FitML), ("REML", res.FitREML) })
        {
            cmp.Scalar($"fit_stats/{lik}/ll", st.LogLik, tol);
            cmp.Scalar($"fit_stats/{lik}/dev", st.Deviance, tol);
            cmp.Scalar($"fit_stats/{lik}/AIC", st.Aic, tol);
            cmp.Scalar($"fit_stats/{lik}/BIC", st.Bic, tol);
            cmp.Scalar($"fit_stats/{lik}/AICc", st.Aicc, tol);
        }
        cmp.Array("yi_used_for_QE", res.YiUsedForQE, tol);
        cmp.Array("vi_used_for_QE", res.ViUsedForQE, tol);
        cmp.AssertAll();
    }
}
