using Spinewise.Evidence.Network;
using Spinewise.Evidence.Tests.Reference;

namespace Spinewise.Evidence.Tests.Network;

/// <summary>Pairwise differences and P-scores against nma_senn2013_contrast_REML, from its expected beta/vb/tau2.</summary>
public sealed class NetworkRankingTests
{
    private const double Tol = 1e-8;

    private static (NetworkFit Fit, System.Text.Json.Nodes.JsonObject Expected) Senn()
    {
        var c = ReferenceCases.Get("nma_senn2013_contrast_REML");
        var e = c["expected"]!.AsObject();
        var vb = e["vb"]!.AsArray().Select(r => (IReadOnlyList<double>)Json.Arr(r)).ToArray();
        var fit = new NetworkFit(Json.Strs(e["coef_names"]), (string)e["reference_treatment"]!, Json.Arr(e["beta"]), vb, Json.Arr(e["tau2"])[0]);
        return (fit, e);
    }

    [Fact]
    public void Pairwise_Senn2013_MatchesMetaforPredict()
    {
        var (fit, e) = Senn();
        var byLabel = NetworkRanking.Pairwise(fit).ToDictionary(p => p.Label);
        var pw = e["pairwise"]!.AsObject();
        var labels = Json.Strs(pw["label"]);
        labels.Length.ShouldBe(36);
        for (int i = 0; i < labels.Length; i++)
        {
            var p = byLabel[labels[i]];
            p.Pred.ShouldBe(Json.Arr(pw["pred"])[i], Tol);
            p.Se.ShouldBe(Json.Arr(pw["se"])[i], Tol);
            p.CiLb.ShouldBe(Json.Arr(pw["ci.lb"])[i], Tol);
            p.CiUb.ShouldBe(Json.Arr(pw["ci.ub"])[i], Tol);
            p.PiLb.ShouldBe(Json.Arr(pw["pi.lb"])[i], Tol);
            p.PiUb.ShouldBe(Json.Arr(pw["pi.ub"])[i], Tol);
        }
    }

    [Fact]
    public void Pairwise_TenTreatments_GivesAllPairs()
    {
        var (fit, _) = Senn();
        int a = fit.Treatments.Count + 1;
        NetworkRanking.Pairwise(fit).Count.ShouldBe(a * (a - 1) / 2);
    }

    [Fact]
    public void PScores_Senn2013_MatchMetaforHelpPage()
    {
        var (fit, e) = Senn();
        var scores = NetworkRanking.PScores(fit, smallerIsBetter: true);
        var expected = e["pscore"]!.AsObject();
        scores.Count.ShouldBe(expected.Count);
        foreach (var (name, value) in expected) scores[name].ShouldBe(Json.D(value), Tol);
    }

    [Fact]
    public void PScores_LargerIsBetter_AreComplements()
    {
        var (fit, _) = Senn();
        var small = NetworkRanking.PScores(fit, smallerIsBetter: true);
        var large = NetworkRanking.PScores(fit, smallerIsBetter: false);
        foreach (var (name, v) in small) large[name].ShouldBe(1 - v, 1e-12);
    }

    [Fact]
    public void Pairwise_WrongVbSize_Throws()
    {
        var (fit, _) = Senn();
        Should.Throw<ArgumentException>(() => NetworkRanking.Pairwise(fit with { Beta = [0.1] }));
    }
}
