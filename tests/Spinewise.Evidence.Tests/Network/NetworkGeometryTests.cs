using Spinewise.Evidence.Data;
using Spinewise.Evidence.Network;
using Spinewise.Evidence.Tests.Reference;

namespace Spinewise.Evidence.Tests.Network;

/// <summary>The geometry of dat.senn2013 (26 studies, 10 treatments, one three-arm study) and the errors of broken networks.</summary>
public sealed class NetworkGeometryTests
{
    private static List<NetworkArm> Senn()
    {
        var table = CsvReader.ReadFile(Path.Combine(ReferenceCases.Folder, "data", "dat.senn2013.csv"));
        var n = table.Numeric("ni");
        return [.. Enumerable.Range(0, table.RowCount).Select(i => new NetworkArm(table[i, 0]!, table[i, 2]!, n[i]))];
    }

    [Fact]
    public void Of_Senn2013_HasItsTreatmentsComparisonsAndTheThreeArmStudy()
    {
        var arms = Senn();

        var g = NetworkGeometry.Of(arms);

        g.Diagnostics.ShouldBeEmpty();
        g.IsConnected.ShouldBeTrue();
        (g.Studies, g.Treatments.Count, g.Edges.Count).ShouldBe((26, 10, 15));
        g.MultiArmStudies.ShouldBe(["Willms (1999)"]);
        g.Edges.Single(e => e.Treatment1 == "placebo" && e.Treatment2 == "rosiglitazone").Studies.ShouldBe(6);
        g.Edges.Single(e => e.Treatment1 == "metformin" && e.Treatment2 == "placebo").Studies.ShouldBe(4);
        g.Treatments.Single(t => t.Treatment == "placebo").Participants.ShouldBe(arms.Where(a => a.Treatment == "placebo").Sum(a => a.Participants));
        g.Designs.Sum(d => d.Studies).ShouldBe(26);
        g.Designs.Single(d => d.Treatments.Count == 3).Treatments.ShouldBe(["acarbose", "metformin", "placebo"]);
        g.Edges.Sum(e => e.Studies).ShouldBe(25 + 3, "25 two-arm studies and the three pairs of the three-arm one");
        g.Treatments.Select(t => t.Treatment).ShouldBe(g.Treatments.Select(t => t.Treatment).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Of_ReorderedArms_GivesTheSameGeometry()
    {
        var arms = Senn();
        var shuffled = arms.OrderBy(a => a.Treatment.GetHashCode(StringComparison.Ordinal) ^ a.Study.Length).ToList();

        var a = NetworkGeometry.Of(arms);
        var b = NetworkGeometry.Of(shuffled);

        b.Treatments.ShouldBe(a.Treatments);
        b.Edges.ShouldBe(a.Edges);
        b.MultiArmStudies.ShouldBe(a.MultiArmStudies);
        b.Designs.Select(d => string.Join("+", d.Treatments)).ShouldBe(a.Designs.Select(d => string.Join("+", d.Treatments)));
    }

    [Fact]
    public void Of_TwoUnlinkedParts_IsDisconnectedAndNamesBoth()
    {
        NetworkArm[] arms =
        [
            new("s1", "A", 10), new("s1", "B", 10), new("s2", "B", 5), new("s2", "C", 5),
            new("s3", "X", 8), new("s3", "Y", 8),
        ];

        var g = NetworkGeometry.Of(arms);

        g.IsConnected.ShouldBeFalse();
        g.Components.ShouldBe([["A", "B", "C"], ["X", "Y"]]);
        var d = g.Diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe(NetworkGeometry.Disconnected);
        d.Message.ShouldContain("part 1: A, B, C; part 2: X, Y");
    }

    [Fact]
    public void Of_OneArmStudyDuplicateArmAndMissingName_AreDiagnosticsNamingTheRow()
    {
        NetworkArm[] arms =
        [
            new("s1", "A", 10), new("s1", "B", 10), new("s1", "B", 3), new("lonely", "A", 4), new("", "C", 1), new("s2", "A", null), new("s2", "B", 2),
        ];

        var g = NetworkGeometry.Of(arms);

        g.Diagnostics.Select(x => (x.Code, x.Row)).ShouldBe(
            [(NetworkGeometry.DuplicateArm, 2), (NetworkGeometry.MissingName, 4), (NetworkGeometry.OneArmStudy, 3)]);
        g.Studies.ShouldBe(2);
        g.Edges.ShouldHaveSingleItem().ShouldBe(new NetworkEdge("A", "B", 2, null), "an arm of unknown size leaves the edge's participants unknown");
        g.Treatments.Single(t => t.Treatment == "B").Participants.ShouldBe(12);
    }

    [Fact]
    public void Of_NoArms_IsNoData()
    {
        var g = NetworkGeometry.Of([]);

        g.Diagnostics.Select(d => d.Code).ShouldBe([NetworkGeometry.NoData]);
        g.Components.ShouldBeEmpty();
    }
}
