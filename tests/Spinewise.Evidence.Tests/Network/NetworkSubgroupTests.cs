using Spinewise.Evidence.Models;
using Spinewise.Evidence.Network;

namespace Spinewise.Evidence.Tests.Network;

/// <summary>Networks fitted per subgroup of studies and the Wald test of their difference.</summary>
public sealed class NetworkSubgroupTests
{
    [Fact]
    public void Fit_TwoCopiesOfTheSameNetwork_HaveNoDifference()
    {
        var arms = NetworkArms.Senn();
        var both = arms.Concat(arms.Select(a => a with { Study = "copy " + a.Study })).ToList();
        var groups = both.Select(a => a.Study).Distinct().ToDictionary(s => s, s => s.StartsWith("copy ", StringComparison.Ordinal) ? "b" : "a");

        var res = NetworkSubgroups.Fit(NetworkData.FromArms(both), groups, new NetworkOptions { Reference = "placebo" });

        res.Diagnostics.ShouldBeEmpty();
        res.Groups.Keys.ShouldBe(["a", "b"]);
        var test = res.Difference.ShouldNotBeNull();
        test.Df.ShouldBe(9);
        test.QM.ShouldBe(0, 1e-8);
        test.QMp.ShouldBe(1, 1e-6);
    }

    [Fact]
    public void Fit_TwoTreatmentSubgroups_IsTheZTestOfTheirDifference()
    {
        var rows = NetworkArms.TwoArm(("s1", "A", "P", 0.5, 0.04), ("s2", "A", "P", 0.6, 0.05), ("s3", "A", "P", 0.1, 0.03), ("s4", "A", "P", 0.0, 0.02));
        var groups = new Dictionary<string, string> { ["s1"] = "lumbar", ["s2"] = "lumbar", ["s3"] = "radicular", ["s4"] = "radicular" };

        var res = NetworkSubgroups.Fit(NetworkData.FromContrasts(rows), groups, new NetworkOptions { Reference = "P", Method = TauSquaredEstimator.EE });

        var (a, b) = (res.Groups["lumbar"].Result!.Effects[0], res.Groups["radicular"].Result!.Effects[0]);
        a.Pred.ShouldBe(((0.5 / 0.04) + (0.6 / 0.05)) / ((1 / 0.04) + (1 / 0.05)), 1e-12);
        var test = res.Difference!;
        test.QM.ShouldBe(Math.Pow(a.Pred - b.Pred, 2) / ((a.Se * a.Se) + (b.Se * b.Se)), 1e-10);
        test.Df.ShouldBe(1);
        test.Treatments.ShouldBe(["A"]);
    }

    [Fact]
    public void Fit_StudyWithoutSubgroupOrBadRowInOne_NamesTheOriginalRow()
    {
        var rows = NetworkArms.TwoArm(("s1", "A", "P", 0.5, 0.04), ("s2", "A", "P", 0.6, 0.05), ("s3", "A", "P", 0.1, -1));

        NetworkSubgroups.Fit(NetworkData.FromContrasts(rows), new Dictionary<string, string> { ["s1"] = "x", ["s2"] = "x" })
            .Diagnostics.ShouldHaveSingleItem().Row.ShouldBe(2);
        var res = NetworkSubgroups.Fit(NetworkData.FromContrasts(rows), new Dictionary<string, string> { ["s1"] = "x", ["s2"] = "x", ["s3"] = "y" }, new NetworkOptions { Reference = "P" });
        var d = res.Groups["y"].Diagnostics.ShouldHaveSingleItem();
        (d.Code, d.Row).ShouldBe((NetworkDiagnostics.InvalidValue, 2));
        res.Difference.ShouldBeNull("only one subgroup could be fitted");
    }
}
