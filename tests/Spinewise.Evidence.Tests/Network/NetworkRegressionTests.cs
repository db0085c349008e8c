using Spinewise.Evidence.Models;
using Spinewise.Evidence.Network;

namespace Spinewise.Evidence.Tests.Network;

/// <summary>Network meta-regression on a study-level moderator (treatment × moderator interactions).</summary>
public sealed class NetworkRegressionTests
{
    private static readonly (string, string, string, double, double)[] Rows =
    [
        ("s1", "A", "P", 0.5, 0.04), ("s2", "A", "P", 0.6, 0.05), ("s3", "P", "A", -0.1, 0.03), ("s4", "A", "P", 0.0, 0.02), ("s5", "A", "P", 0.3, 0.06), ("s6", "A", "P", 0.9, 0.05),
    ];

    private static readonly Dictionary<string, double> Age = new() { ["s1"] = 40, ["s2"] = 45, ["s3"] = 60, ["s4"] = 65, ["s5"] = 50, ["s6"] = 38 };

    [Fact]
    public void Regression_TwoTreatments_EqualsRmaUniMetaRegression()
    {
        var res = NetworkMetaAnalysis.Fit(NetworkData.FromContrasts(NetworkArms.TwoArm(Rows)), new NetworkOptions { Reference = "P", Moderator = new("age", Age) }).Result!;
        var yi = new[] { 0.5, 0.6, 0.1, 0.0, 0.3, 0.9 };
        var vi = Rows.Select(r => r.Item5).ToArray();
        double[] age = [40, 45, 60, 65, 50, 38];
        var x = new ModelMatrix(["intrcpt", "age"], [Enumerable.Repeat(1.0, 6).ToArray(), age]);

        var uni = Rma.Fit(yi, vi, new RmaOptions { Threshold = 1e-12 }, x);

        var reg = res.Regression.ShouldNotBeNull();
        reg.Interactions.ShouldBe(["A"]);
        reg.Fit.CoefNames.ShouldBe(["A", "A:age"]);
        reg.Fit.Beta[0].ShouldBe(uni.Beta[0], 1e-6);
        reg.Fit.Beta[1].ShouldBe(uni.Beta[1], 1e-7);
        reg.Fit.Se[1].ShouldBe(uni.Se[1], 1e-7);
        reg.Fit.Tau2!.Value.ShouldBe(uni.Tau2, 1e-7);
        reg.Test.QM.ShouldBe(uni.Zval[1] * uni.Zval[1], 1e-5);
    }

    [Fact]
    public void Regression_StudyWithoutValue_IsMissingModerator()
    {
        var age = Age.Where(kv => kv.Key != "s3").ToDictionary();

        var outcome = NetworkMetaAnalysis.Fit(NetworkData.FromContrasts(NetworkArms.TwoArm(Rows)), new NetworkOptions { Reference = "P", Moderator = new("age", age) });

        var d = outcome.Diagnostics.ShouldHaveSingleItem();
        (d.Code, d.Row, d.Column).ShouldBe((NetworkDiagnostics.MissingModerator, 2, "age"));
    }
    [Fact]
    public void Regression_TwoLevelCategorical_EqualsItsZeroOneIndicator()
    {
        var site = Age.ToDictionary(kv => kv.Key, kv => kv.Value >= 50 ? "older" : "adult");
        var indicator = site.ToDictionary(kv => kv.Key, kv => kv.Value == "older" ? 1.0 : 0.0);
        var data = NetworkData.FromContrasts(NetworkArms.TwoArm(Rows));

        var categorical = NetworkMetaAnalysis.Fit(data, new NetworkOptions { Reference = "P", Moderator = NetworkModerator.Categorical("site", site) }).Result!.Regression.ShouldNotBeNull();
        var numeric = NetworkMetaAnalysis.Fit(data, new NetworkOptions { Reference = "P", Moderator = new("site", indicator) }).Result!.Regression.ShouldNotBeNull();

        categorical.Fit.CoefNames.ShouldBe(["A", "A:siteolder"]);
        categorical.Interactions.ShouldBe(["A:siteolder"]);
        categorical.Levels.ShouldBe(["adult", "older"]);
        categorical.Fit.Beta.ShouldBe(numeric.Fit.Beta, 1e-10);
        categorical.Fit.Se.ShouldBe(numeric.Fit.Se, 1e-10);
        categorical.Test.QM.ShouldBe(numeric.Test.QM, 1e-9);
    }

    [Fact]
    public void Regression_CategoricalWithOneLevelAmongStudies_IsAnError()
    {
        var site = Age.ToDictionary(kv => kv.Key, _ => "adult");

        var outcome = NetworkMetaAnalysis.Fit(NetworkData.FromContrasts(NetworkArms.TwoArm(Rows)), new NetworkOptions { Reference = "P", Moderator = NetworkModerator.Categorical("site", site) });

        outcome.Result.ShouldBeNull();
        outcome.Diagnostics.ShouldContain(d => d.Message.Contains("has one level ('adult')", StringComparison.Ordinal));
    }
}
