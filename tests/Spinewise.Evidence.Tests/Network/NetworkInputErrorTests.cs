using Spinewise.Evidence.Common;
using Spinewise.Evidence.EffectSizes;
using Spinewise.Evidence.Network;

namespace Spinewise.Evidence.Tests.Network;

/// <summary>Bad input comes back as diagnostics naming the row and field, never as an exception.</summary>
public sealed class NetworkInputErrorTests
{
    private static IReadOnlyList<DataDiagnostic> Problems(NetworkData data, NetworkOptions? options = null)
    {
        var outcome = NetworkMetaAnalysis.Fit(data, options ?? new NetworkOptions { Reference = "P" });
        outcome.Succeeded.ShouldBeFalse();
        outcome.Result.ShouldBeNull();
        return outcome.Diagnostics;
    }

    private static NetworkArmRow Arm(string s, string t, double m = 1, double sd = 1, double n = 20) => NetworkArmRow.Continuous(s, t, m, sd, n);

    [Fact]
    public void Fit_DisconnectedNetwork_NamesItsParts()
    {
        var d = Problems(NetworkData.FromArms([Arm("s1", "A"), Arm("s1", "P"), Arm("s2", "X"), Arm("s2", "Y")])).ShouldHaveSingleItem();

        d.Code.ShouldBe(NetworkGeometry.Disconnected);
        d.Message.ShouldContain("part 1: A, P; part 2: X, Y");
    }

    [Fact]
    public void Fit_OneArmStudy_NamesItsRow()
    {
        var d = Problems(NetworkData.FromArms([Arm("s1", "A"), Arm("s1", "P"), Arm("lonely", "A")])).ShouldHaveSingleItem();

        (d.Code, d.Row).ShouldBe((NetworkGeometry.OneArmStudy, 2));
    }

    [Fact]
    public void Fit_ReferenceWithNoData_IsUnknownTreatment()
    {
        var d = Problems(NetworkData.FromArms([Arm("s1", "A"), Arm("s1", "B")])).ShouldHaveSingleItem();

        (d.Code, d.Column).ShouldBe((NetworkDiagnostics.UnknownTreatment, "reference"));
        d.Message.ShouldContain("'P'");
    }

    [Fact]
    public void Fit_SingularStudyV_NamesTheStudy()
    {
        double[][] v = [[0.04, 0.04, 0], [0.04, 0.04, 0], [0, 0, 0.02]];
        var data = NetworkData.FromContrasts(NetworkArms.TwoArm(("s1", "A", "P", 0.1, 0.04), ("s1", "B", "P", 0.2, 0.04), ("s2", "A", "P", 0.3, 0.02)), v);

        var d = Problems(data).ShouldHaveSingleItem();

        (d.Code, d.Row, d.Column).ShouldBe((NetworkDiagnostics.SingularV, 0, "V"));
        d.Message.ShouldContain("study 's1'");
    }

    [Fact]
    public void Fit_BadArmValues_AreReportedEachWithRowAndColumn()
    {
        var arms = new[]
        {
            NetworkArmRow.Binary("s1", "A", 12, 10), NetworkArmRow.Binary("s1", "P", 3, 10),
            new NetworkArmRow("s2", "A") { Events = 4 }, NetworkArmRow.Binary("s2", "P", -1, 10),
        };

        var ds = Problems(NetworkData.FromArms(arms), new NetworkOptions { Reference = "P", Measure = EffectMeasure.OR });

        ds.Select(d => (d.Code, d.Row, d.Column)).ShouldBe(
        [
            (NetworkDiagnostics.InvalidValue, 0, "events"),
            (NetworkDiagnostics.MissingValue, 2, "n"),
            (NetworkDiagnostics.InvalidValue, 3, "events"),
        ]);
    }

    [Fact]
    public void Fit_MixedArmKindsOrAMeasureTheArmsCannotGive_AreDiagnostics()
    {
        var mixed = Problems(NetworkData.FromArms([Arm("s1", "A"), NetworkArmRow.Binary("s1", "P", 1, 10)]));
        mixed.Single(d => d.Code == NetworkDiagnostics.MixedArms).Row.ShouldBe(1);

        var measure = Problems(NetworkData.FromArms([NetworkArmRow.Binary("s1", "A", 1, 10), NetworkArmRow.Binary("s1", "P", 2, 10)]), new NetworkOptions { Reference = "P", Measure = EffectMeasure.MD });
        measure.ShouldHaveSingleItem().Code.ShouldBe(NetworkDiagnostics.UnsupportedMeasure);
    }

    [Fact]
    public void Fit_RedundantContrastsInAStudy_NameIt()
    {
        var data = NetworkData.FromContrasts(NetworkArms.TwoArm(("s1", "A", "B", 0.1, 0.04), ("s1", "B", "P", 0.2, 0.04), ("s1", "A", "P", 0.3, 0.04)));

        var d = Problems(data).ShouldHaveSingleItem();

        (d.Code, d.Row).ShouldBe((NetworkDiagnostics.StudyContrasts, 0));
        d.Message.ShouldContain("3 arms and 3 contrasts");
    }

    [Fact]
    public void Fit_VCorrelatingTwoStudiesOrOfTheWrongSize_IsVShape()
    {
        var rows = NetworkArms.TwoArm(("s1", "A", "P", 0.1, 0.04), ("s2", "A", "P", 0.2, 0.04));

        Problems(NetworkData.FromContrasts(rows, [[0.04, 0.01], [0.01, 0.04]])).ShouldHaveSingleItem().Code.ShouldBe(NetworkDiagnostics.VShape);
        Problems(NetworkData.FromContrasts(rows, [[0.04, 0], [0, 0.04], [0, 0]])).ShouldHaveSingleItem().Code.ShouldBe(NetworkDiagnostics.VShape);
    }

    [Fact]
    public void Fit_ArmBasedFromContrastsOrNoRows_AreDiagnostics()
    {
        var rows = NetworkArms.TwoArm(("s1", "A", "P", 0.1, 0.04));
        Problems(NetworkData.FromContrasts(rows), new NetworkOptions { Model = NetworkModel.ArmBased }).ShouldHaveSingleItem().Code.ShouldBe(NetworkDiagnostics.ArmBasedNeedsArms);
        Problems(NetworkData.FromArms([])).Select(d => d.Code).ShouldContain(NetworkGeometry.NoData);
        Problems(NetworkData.FromContrasts([])).ShouldHaveSingleItem().Code.ShouldBe(NetworkGeometry.NoData);
        Problems(NetworkData.FromContrasts(rows), new NetworkOptions { Rho = 2 }).ShouldHaveSingleItem().Code.ShouldBe(NetworkDiagnostics.InvalidOption);
    }
}
