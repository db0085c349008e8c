using System.Text.Json.Nodes;
using Spinewise.Evidence.EffectSizes;
using Spinewise.Evidence.Models;
using Spinewise.Evidence.Network;
using Spinewise.Evidence.Tests.Reference;

namespace Spinewise.Evidence.Tests.Network;

/// <summary>The network layer from dat.senn2013's arms against every network reference case.</summary>
public sealed class NetworkReferenceTests
{
    /// <summary>README: rma.mv coefficients agree to ~1e-6 relative (nlminb).</summary>
    private const double Coefficients = 1e-6;

    /// <summary>README: variance components to ~1e-5 relative; below ~1e-6 is the boundary 0.</summary>
    private const double Variances = 1e-5;

    /// <summary>escalc and calc.v are closed form.</summary>
    private const double ClosedForm = 1e-12;

    private static JsonObject Expected(string id) => ReferenceCases.Get(id)["expected"]!.AsObject();

    private static NetworkResult Fit(TauSquaredEstimator method, NetworkModel model = NetworkModel.Consistency)
    {
        var outcome = NetworkMetaAnalysis.Fit(NetworkData.FromArms(NetworkArms.Senn()), new NetworkOptions
        {
            Measure = EffectMeasure.MD, Reference = "placebo", Method = method, Model = model, SmallerIsBetter = true,
        });
        outcome.Diagnostics.ShouldBeEmpty();
        return outcome.Result!;
    }

    private static void Close(double actual, double expected, double rel, string what) =>
        Math.Abs(actual - expected).ShouldBeLessThanOrEqualTo(1e-10 + (rel * Math.Abs(expected)), what);

    [Fact]
    public void Contrasts_FromSennArms_EqualTheCaseYiAndV()
    {
        var input = ReferenceCases.Get("nma_senn2013_contrast_REML")["input"]!.AsObject();
        var res = Fit(TauSquaredEstimator.REML);

        var study = Json.Strs(input["study"]);
        res.Contrasts.Select(c => c.Study).ShouldBe(study);
        res.Contrasts.Select(c => c.Treatment1).ShouldBe(Json.Strs(input["treatment1"]));
        res.Contrasts.Select(c => c.Treatment2).ShouldBe(Json.Strs(input["treatment2"]));
        var yi = Json.Arr(input["yi"]);
        var v = input["V"]!.AsArray().Select(r => Json.Arr(r)).ToArray();
        for (int i = 0; i < yi.Length; i++)
        {
            Close(res.Contrasts[i].Yi, yi[i], ClosedForm, $"yi[{i}]");
            Close(res.Contrasts[i].Vi, v[i][i], ClosedForm, $"vi[{i}]");
        }

        var full = new double[yi.Length, yi.Length];
        foreach (var b in res.V)
        {
            for (int a = 0; a < b.Rows.Count; a++)
            {
                for (int c = 0; c < b.Rows.Count; c++)
                {
                    full[b.Rows[a], b.Rows[c]] = b.Values[a][c];
                }
            }
        }

        for (int i = 0; i < yi.Length; i++)
        {
            for (int j = 0; j < yi.Length; j++)
            {
                Close(full[i, j], v[i][j], ClosedForm, $"V[{i},{j}]");
            }
        }
    }

    [Theory]
    [InlineData("nma_senn2013_contrast_REML", TauSquaredEstimator.REML)]
    [InlineData("nma_senn2013_contrast_ML", TauSquaredEstimator.ML)]
    [InlineData("nma_senn2013_contrast_FE", TauSquaredEstimator.FE)]
    public void Consistency_FromSennArms_MatchesMetafor(string id, TauSquaredEstimator method)
    {
        var e = Expected(id);

        var res = Fit(method);

        res.Fit.CoefNames.ShouldBe(Json.Strs(e["coef_names"]));
        CompareCoefficients(res.Fit, e);
        if (e["tau2"] is JsonNode t2)
        {
            Close(res.Tau2!.Value, Json.Arr(t2)[0], Variances, "tau2");
        }
        else
        {
            res.Tau2.ShouldBeNull();
        }

        Close(res.Fit.QE, Json.D(e["QE"]), ClosedForm * 1000, "QE");
        Close(res.TreatmentTest.QM, Json.D(e["QM"]), Variances, "QM");
        Close(res.Fit.FitREML.LogLik, Json.D(e["fit_stats"]!["REML"]!["ll"]), 1e-8, "ll REML");
        Close(res.Fit.FitML.LogLik, Json.D(e["fit_stats"]!["ML"]!["ll"]), 1e-8, "ll ML");
        res.Effects.Count.ShouldBe(9);
        res.Effects.All(x => x.Treatment2 == "placebo").ShouldBeTrue();
        if (e["pscore"] is JsonObject ps)
        {
            foreach (var (name, value) in ps)
            {
                var rank = res.Ranking.Single(r => r.Treatment == name);
                Close(rank.PScore, Json.D(value), Coefficients, $"pscore {name}");
                rank.Sucra.ShouldBe(rank.PScore);
            }

            res.Ranking.Select(r => r.Treatment).ShouldBe(ps.Select(p => p.Key), "best first, as metafor's sort");
        }

        if (e["pairwise"] is JsonObject pw)
        {
            var byLabel = res.League.ToDictionary(p => p.Label);
            var labels = Json.Strs(pw["label"]);
            for (int i = 0; i < labels.Length; i++)
            {
                var p = byLabel[labels[i]];
                Close(p.Pred, Json.Arr(pw["pred"])[i], Coefficients, $"pred {labels[i]}");
                Close(p.Se, Json.Arr(pw["se"])[i], Coefficients, $"se {labels[i]}");
                Close(p.PiLb, Json.Arr(pw["pi.lb"])[i], Coefficients, $"pi.lb {labels[i]}");
                Close(p.PiUb, Json.Arr(pw["pi.ub"])[i], Coefficients, $"pi.ub {labels[i]}");
            }
        }
    }

    [Fact]
    public void Inconsistency_FromSennArms_JacksonModelMatchesMetafor()
    {
        var e = Expected("nma_senn2013_inconsistency_REML");

        var inc = Fit(TauSquaredEstimator.REML).Inconsistency.ShouldNotBeNull();

        inc.Df.ShouldBeGreaterThan(0);
        CompareCoefficients(inc.RandomModel, e);
        Close(inc.RandomModel.Tau2!.Value, Json.Arr(e["tau2"])[0], Variances, "tau2");
        inc.RandomModel.Gamma2!.Value.ShouldBeLessThan(1e-6, "gamma2 is at the boundary 0");
        Json.Arr(e["gamma2"])[0].ShouldBeLessThan(1e-6);
        Close(inc.RandomModel.Phi!.Value, 0.5, ClosedForm, "phi");
    }

    [Theory]
    [InlineData("nma_senn2013_armbased_FE", TauSquaredEstimator.FE)]
    [InlineData("nma_senn2013_armbased_RE", TauSquaredEstimator.REML)]
    public void ArmBased_FromSennArms_MatchesMetafor(string id, TauSquaredEstimator method)
    {
        var e = Expected(id);

        var res = Fit(method, NetworkModel.ArmBased);

        res.Fit.CoefNames.Count.ShouldBe(Json.Strs(e["coef_names"]).Length);
        CompareCoefficients(res.Fit, e);
        if (e["tau2"] is JsonNode t2)
        {
            Close(res.Fit.Tau2!.Value, Json.Arr(t2)[0], Variances, "tau2");
        }

        var an = e["anova_treatment"]!;
        Close(res.TreatmentTest.QM, Json.D(an["QM"]), Variances, "anova QM");
        res.TreatmentTest.QMdf1.ShouldBe(9);
        Close(res.Fit.QE, Json.D(e["QE"]), 1e-9, "QE");
        res.Effects.Select(x => x.Treatment1).ShouldBe(Json.Strs(e["coef_names"]).TakeLast(9).Select(n => n["treatment ".Length..]));
    }

    private static void CompareCoefficients(Spinewise.Evidence.Multivariate.RmaMvResult fit, JsonObject e)
    {
        var beta = Json.Arr(e["beta"]);
        var se = Json.Arr(e["se"]);
        fit.Beta.Count.ShouldBe(beta.Length);
        for (int i = 0; i < beta.Length; i++)
        {
            Close(fit.Beta[i], beta[i], Coefficients, $"beta[{i}]");
            Close(fit.Se[i], se[i], Coefficients, $"se[{i}]");
        }

        var vb = e["vb"]!.AsArray().Select(r => Json.Arr(r)).ToArray();
        for (int i = 0; i < beta.Length; i++)
        {
            for (int j = 0; j < beta.Length; j++)
            {
                Close(fit.Vb[i][j], vb[i][j], Coefficients, $"vb[{i},{j}]");
            }
        }
    }
}
