using Spinewise.Evidence.EffectSizes;
using Spinewise.Evidence.Models;
using Spinewise.Evidence.Network;

namespace Spinewise.Evidence.Tests.Network;

/// <summary>Properties of the network layer that hold whatever the data: invariances, special networks, identities.</summary>
public sealed class NetworkPropertyTests
{
    private const double Tol = 1e-7;

    private static NetworkResult Fit(NetworkData data, NetworkOptions? options = null)
    {
        var outcome = NetworkMetaAnalysis.Fit(data, options ?? new NetworkOptions { Reference = "placebo" });
        outcome.Diagnostics.ShouldBeEmpty();
        return outcome.Result!;
    }

    [Fact]
    public void Fit_RelabelledTreatmentsAndReorderedStudies_ChangeOnlyNames()
    {
        // Given senn2013 with every treatment renamed (which changes the ordinal order) and the rows reversed
        var arms = NetworkArms.Senn();
        string Rename(string t) => t == "placebo" ? "zz control" : "T" + (char)('a' + ((t.GetHashCode(StringComparison.Ordinal) & 0x7fffffff) % 26)) + t.Length + t[^2..];
        var renamed = arms.Select(a => a with { Treatment = Rename(a.Treatment), Study = "S " + a.Study }).Reverse().ToList();
        renamed.Select(a => a.Treatment).Distinct().Count().ShouldBe(10);

        // When both are fitted
        var a = Fit(NetworkData.FromArms(arms));
        var b = Fit(NetworkData.FromArms(renamed), new NetworkOptions { Reference = "zz control" });

        // Then every pairwise difference, P-score and inconsistency statistic agrees under the renaming
        a.Tau2!.Value.ShouldBe(b.Tau2!.Value, 1e-6 * a.Tau2.Value);
        var league = b.League.ToDictionary(p => (p.Treatment1, p.Treatment2));
        foreach (var p in a.League)
        {
            var (t1, t2) = (Rename(p.Treatment1), Rename(p.Treatment2));
            var q = league.TryGetValue((t1, t2), out var x) ? x : league[(t2, t1)] with { Pred = -league[(t2, t1)].Pred };
            q.Pred.ShouldBe(p.Pred, 1e-6);
            q.Se.ShouldBe(p.Se, 1e-6);
        }

        foreach (var r in a.Ranking)
        {
            b.Ranking.Single(x => x.Treatment == Rename(r.Treatment)).PScore.ShouldBe(r.PScore, 1e-6);
        }

        b.Inconsistency!.Df.ShouldBe(a.Inconsistency!.Df);
        b.Inconsistency.QM.ShouldBe(a.Inconsistency.QM, 1e-5 * a.Inconsistency.QM);
        b.Inconsistency.QInconsistency.ShouldBe(a.Inconsistency.QInconsistency, 1e-8);
    }

    [Fact]
    public void Fit_TwoTreatments_EqualsRmaUniOnTheSameContrasts()
    {
        var rows = NetworkArms.TwoArm(("s1", "A", "B", 0.4, 0.04), ("s2", "A", "B", 0.1, 0.02), ("s3", "B", "A", -0.9, 0.09), ("s4", "A", "B", 0.3, 0.01), ("s5", "A", "B", -0.2, 0.05));

        var net = Fit(NetworkData.FromContrasts(rows), new NetworkOptions { Reference = "B" });
        var uni = Rma.Fit([0.4, 0.1, 0.9, 0.3, -0.2], [0.04, 0.02, 0.09, 0.01, 0.05], new RmaOptions { Threshold = 1e-12 });

        net.Effects.ShouldHaveSingleItem().Pred.ShouldBe(uni.Beta[0], Tol);
        net.Effects[0].Se.ShouldBe(uni.Se[0], Tol);
        net.Effects[0].PiLb.ShouldBe(Rma.Predict(uni).PiLb[0], Tol);
        net.Tau2!.Value.ShouldBe(uni.Tau2, Tol);
        net.Fit.QE.ShouldBe(uni.QE, 1e-10);
        net.Inconsistency!.Df.ShouldBe(0);
    }

    [Fact]
    public void Split_StarNetwork_HasNoIndirectEvidence()
    {
        var rows = NetworkArms.TwoArm(("s1", "A", "P", 0.4, 0.04), ("s2", "A", "P", 0.1, 0.02), ("s3", "B", "P", -0.5, 0.03), ("s4", "B", "P", 0.3, 0.05), ("s5", "C", "P", 0.2, 0.05));

        var res = Fit(NetworkData.FromContrasts(rows), new NetworkOptions { Reference = "P" });

        res.Split.Count.ShouldBe(3);
        res.Split.ShouldAllBe(s => !s.HasIndirect);
        res.Split.ShouldAllBe(s => Math.Abs(s.Direct - s.Network) < 1e-9);
        res.Inconsistency!.Df.ShouldBe(0, "a star has no loop: nothing can be inconsistent");
        res.Inconsistency.RandomModel.ShouldBeSameAs(res.Fit);
        res.Inconsistency.QInconsistency.ShouldBe(0);
    }

    [Fact]
    public void Split_TriangleOfTwoArmStudies_IsBucherByHand()
    {
        // Given one study per edge of the triangle A, B, C (EE)
        var rows = NetworkArms.TwoArm(("ab", "A", "B", 0.5, 0.04), ("ac", "A", "C", 0.2, 0.02), ("bc", "B", "C", 0.1, 0.03));

        var res = Fit(NetworkData.FromContrasts(rows), new NetworkOptions { Reference = "C", Method = TauSquaredEstimator.EE });

        // Then the indirect A-B is Bucher's (A-C) - (B-C), variance 0.02 + 0.03, and the network estimate pools both
        var ab = res.Split.Single(s => s.Treatment1 == "A" && s.Treatment2 == "B");
        ab.Direct.ShouldBe(0.5, 1e-12);
        ab.DirectSe.ShouldBe(0.2, 1e-12);
        ab.Indirect.ShouldBe(0.2 - 0.1, 1e-10);
        ab.IndirectSe.ShouldBe(Math.Sqrt(0.05), 1e-10);
        ab.Difference.ShouldBe(0.4, 1e-10);
        ab.Z.ShouldBe(0.4 / Math.Sqrt(0.09), 1e-9);
        ab.Network.ShouldBe(((0.5 / 0.04) + (0.1 / 0.05)) / ((1 / 0.04) + (1 / 0.05)), 1e-10);
        res.Inconsistency!.Df.ShouldBe(1);
        res.Inconsistency.QInconsistency.ShouldBe(0.4 * 0.4 / 0.09, 1e-9, "one loop: Q_inc = z² of the loop");
        res.Inconsistency.QM.ShouldBe(res.Inconsistency.QInconsistency, 1e-9, "EE: the Wald test of the design terms is Krahn's Q_inc");
    }

    [Fact]
    public void Inconsistency_EqualEffects_WaldEqualsQDecomposition()
    {
        var res = Fit(NetworkData.FromArms(NetworkArms.Senn()), new NetworkOptions { Reference = "placebo", Method = TauSquaredEstimator.EE });

        var inc = res.Inconsistency!;
        inc.QTotal.ShouldBe(inc.QHeterogeneity + inc.QInconsistency, 1e-9);
        inc.QM.ShouldBe(inc.QInconsistency, 1e-6 * inc.QInconsistency);
        inc.QTotalDf.ShouldBe(inc.QHeterogeneityDf + inc.Df);
    }

    [Fact]
    public void Contrasts_GivenAgainstAnotherArmOrReversed_GiveTheSameFit()
    {
        // Given a three-arm study A, B, P given as A-B and B-P (not against its baseline P), with a full V
        double[][] v = [[0.05, -0.02, 0], [-0.02, 0.04, 0], [0, 0, 0.03]];
        var given = NetworkData.FromContrasts(NetworkArms.TwoArm(("s1", "A", "B", 0.3, 0.05), ("s1", "B", "P", 0.2, 0.04), ("s2", "P", "A", -0.4, 0.03)), v);
        // The same study against P: A-P = (A-B) + (B-P); Var = .05 + .04 - 2·.02 = .05; Cov(A-P, B-P) = -.02 + .04 = .02
        double[][] vb = [[0.05, 0.02, 0], [0.02, 0.04, 0], [0, 0, 0.03]];
        var baseline = NetworkData.FromContrasts(NetworkArms.TwoArm(("s1", "A", "P", 0.5, 0.05), ("s1", "B", "P", 0.2, 0.04), ("s2", "A", "P", 0.4, 0.03)), vb);

        var a = Fit(given, new NetworkOptions { Reference = "P", Method = TauSquaredEstimator.EE });
        var b = Fit(baseline, new NetworkOptions { Reference = "P", Method = TauSquaredEstimator.EE });

        a.Contrasts.Select(c => (c.Treatment1, c.Treatment2)).ShouldBe([("A", "P"), ("B", "P"), ("A", "P")]);
        for (int i = 0; i < 3; i++)
        {
            a.Contrasts[i].Yi.ShouldBe(b.Contrasts[i].Yi, 1e-12);
        }

        a.V[0].Values[0][1].ShouldBe(0.02, 1e-12);
        a.Fit.Beta.ShouldBe(b.Fit.Beta, 1e-12);
    }

    [Fact]
    public void Ranking_SimulatedRankProbabilities_GiveTheSucraOfThePScore()
    {
        var res = Fit(NetworkData.FromArms(NetworkArms.Senn()), new NetworkOptions { Reference = "placebo", SmallerIsBetter = true, RankSimulations = 20_000 });

        int a = res.Treatments.Count;
        foreach (var r in res.Ranking)
        {
            r.RankProbabilities.Sum().ShouldBe(1, 1e-9);
            double cumulative = 0, sucra = 0;
            for (int k = 0; k < a - 1; k++)
            {
                cumulative += r.RankProbabilities[k];
                sucra += cumulative / (a - 1);
            }

            sucra.ShouldBe(r.Sucra, 0.01, $"{r.Treatment}: Monte Carlo error of 20 000 draws");
            r.MeanRank.ShouldBe(1 + ((a - 1) * (1 - r.PScore)), 1e-12);
        }

        var again = Fit(NetworkData.FromArms(NetworkArms.Senn()), new NetworkOptions { Reference = "placebo", SmallerIsBetter = true, RankSimulations = 20_000 });
        again.Ranking.Select(r => r.RankProbabilities).ShouldBe(res.Ranking.Select(r => r.RankProbabilities), "seeded");
    }

    [Fact]
    public void Contrasts_ThreeArmBinaryStudy_ShareTheBaselineArmsTerm()
    {
        // Given a three-arm study with events/n and the reference P in it
        var arms = new[] { NetworkArmRow.Binary("s1", "A", 10, 50), NetworkArmRow.Binary("s1", "B", 15, 60), NetworkArmRow.Binary("s1", "P", 20, 55), NetworkArmRow.Binary("s2", "A", 5, 40), NetworkArmRow.Binary("s2", "P", 9, 41) };

        var res = Fit(NetworkData.FromArms(arms), new NetworkOptions { Reference = "P", Measure = EffectMeasure.OR, Method = TauSquaredEstimator.EE });

        res.Contrasts[0].Yi.ShouldBe(Math.Log(10.0 / 40 / (20.0 / 35)), 1e-12);
        res.Contrasts[0].Vi.ShouldBe((1 / 10.0) + (1 / 40.0) + (1 / 20.0) + (1 / 35.0), 1e-12);
        res.V[0].Values[0][1].ShouldBe((1 / 20.0) + (1 / 35.0), 1e-12, "Cov = the baseline arm's 1/c + 1/d");
        var rr = Fit(NetworkData.FromArms(arms), new NetworkOptions { Reference = "P", Measure = EffectMeasure.RR, Method = TauSquaredEstimator.EE });
        rr.V[0].Values[0][1].ShouldBe((1 / 20.0) - (1 / 55.0), 1e-12);
    }

    [Fact]
    public void Contrasts_ZeroCellInOneContrast_CorrectsThatTableAndWarns()
    {
        var arms = new[] { NetworkArmRow.Binary("s1", "A", 0, 50), NetworkArmRow.Binary("s1", "B", 15, 60), NetworkArmRow.Binary("s1", "P", 20, 55), NetworkArmRow.Binary("s2", "A", 5, 40), NetworkArmRow.Binary("s2", "P", 9, 41) };

        var res = Fit(NetworkData.FromArms(arms), new NetworkOptions { Reference = "P", Measure = EffectMeasure.OR, Method = TauSquaredEstimator.EE });

        res.Contrasts[0].Vi.ShouldBe((1 / 0.5) + (1 / 50.5) + (1 / 20.5) + (1 / 35.5), 1e-12, "escalc adds 1/2 to the A-P table");
        res.V[0].Values[0][1].ShouldBe(Math.Sqrt(((1 / 20.5) + (1 / 35.5)) * ((1 / 20.0) + (1 / 35.0))), 1e-12);
        res.Warnings.ShouldHaveSingleItem().Code.ShouldBe(NetworkDiagnostics.ZeroCellCorrection);
        res.Warnings[0].Row.ShouldBe(0);
    }

    [Fact]
    public void Contrasts_ThreeArmSmd_UseGleserOlkinCovariance()
    {
        var arms = new[] { NetworkArmRow.Continuous("s1", "A", 1.0, 2, 30), NetworkArmRow.Continuous("s1", "B", 0.5, 2.2, 32), NetworkArmRow.Continuous("s1", "P", 0, 1.9, 28), NetworkArmRow.Continuous("s2", "A", 0.8, 2, 20), NetworkArmRow.Continuous("s2", "P", 0.1, 2, 21) };

        var res = Fit(NetworkData.FromArms(arms), new NetworkOptions { Reference = "P", Measure = EffectMeasure.SMD, Method = TauSquaredEstimator.EE });

        double g1 = res.Contrasts[0].Yi, g2 = res.Contrasts[1].Yi;
        res.V[0].Values[0][1].ShouldBe((1 / 28.0) + (g1 * g2 / (2 * 90.0)), 1e-12);
    }
}
