using Spinewise.Evidence.Network;
using Spinewise.Evidence.Plots;

namespace Spinewise.Evidence.Tests.Plots;

/// <summary>The network graph of dat.senn2013 (10 treatments, 15 comparisons, one three-arm design) and of broken geometries.</summary>
public sealed class NetworkGraphPlotTests
{
    [Fact]
    public void Render_Senn2013Svg_HasEveryTreatmentNodeEdgeAndTheThreeArmDesign()
    {
        var g = Senn2013.Geometry();

        var svg = NetworkGraphPlot.Render(g, PlotSize.Default, PlotFormat.Svg);
        PlotBytes.Review("network-graph.svg", svg);

        var doc = PlotBytes.ParseSvg(svg);
        var texts = PlotBytes.Texts(doc);
        foreach (var t in Senn2013.Treatments) texts.ShouldContain(s => s.Contains(t, StringComparison.Ordinal), t);
        texts.ShouldContain(s => s.Contains("3-arm design: acarbose, metformin, placebo (1 study)", StringComparison.Ordinal));
        PlotBytes.Elements(doc, "ellipse").Count(e => e.Attribute("stroke")?.Value == "black").ShouldBe(10, "one outlined node per treatment");
        var edges = PlotBytes.Elements(doc, "path").Where(e => e.Attribute("stroke")?.Value == "#4D4D4D").ToList();
        edges.Count.ShouldBe(15 + 1, "one line per comparison and the legend's sample line");
        edges.Max(e => double.Parse(e.Attribute("stroke-width")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(10, 1e-3, "the widest line is placebo–rosiglitazone (6 studies)");
        // edge labels: the number of studies of each of the 15 comparisons, e.g. 6 for placebo–rosiglitazone
        var counts = texts.Where(s => int.TryParse(s, out _)).Select(int.Parse).Order().ToList();
        counts.ShouldBe(g.Edges.Select(e => e.Studies).Order().ToList());
        counts.Count.ShouldBe(15);
    }

    [Fact]
    public void Render_Senn2013Png_HasThePngSignatureAndTheSizeAsked()
    {
        var png = NetworkGraphPlot.Render(Senn2013.Geometry(), new PlotSize(800, 800, 1), PlotFormat.Png);
        PlotBytes.Review("network-graph.png", png);
        PlotBytes.Review("network-graph-print.png", NetworkGraphPlot.Render(Senn2013.Geometry(), new PlotSize(null, null, 300 / 96.0), PlotFormat.Png));

        PlotBytes.PngSize(png).ShouldBe((800, 800));
    }

    [Fact]
    public void Render_DefaultSizeAtDoubleDpi_IsSquare1600()
    {
        PlotBytes.PngSize(NetworkGraphPlot.Render(Senn2013.Geometry(), new PlotSize(null, null, 2), PlotFormat.Png)).ShouldBe((1600, 1600));
    }

    [Fact]
    public void Render_SixteenTreatmentsWithSeveralMultiArmDesigns_DrawsEachDesignOnce()
    {
        // Given a star around "usual care", a ring of two-arm trials, two three-arm designs and a four-arm one
        var names = Enumerable.Range(1, 15).Select(i => $"intervention {i:00}").ToList();
        var arms = new List<NetworkArm>();
        foreach (var (t, i) in names.Select((t, i) => (t, i)))
        {
            arms.AddRange([new($"star {i}", "usual care", 50 + (10 * i)), new($"star {i}", t, 50 + (10 * i))]);
            arms.AddRange([new($"ring {i}", t, 30), new($"ring {i}", names[(i + 1) % names.Count], 30)]);
        }

        foreach (var (study, treatments) in new[] { ("three a", names[..3]), ("three b", names[5..8]), ("three c", names[5..8]), ("four", names[10..14]) })
        {
            arms.AddRange(treatments.Select(t => new NetworkArm(study, t, 40)));
        }

        var g = NetworkGeometry.Of(arms);

        // When
        var svg = NetworkGraphPlot.Render(g, new PlotSize(800, 800, 1), PlotFormat.Svg);
        PlotBytes.Review("network-graph-16.png", NetworkGraphPlot.Render(g, new PlotSize(800, 800, 1), PlotFormat.Png));

        // Then
        var doc = PlotBytes.ParseSvg(svg);
        PlotBytes.Elements(doc, "ellipse").Count(e => e.Attribute("stroke")?.Value == "black").ShouldBe(16);
        var texts = PlotBytes.Texts(doc);
        texts.Count(s => s.Contains("-arm design", StringComparison.Ordinal)).ShouldBe(3);
        texts.ShouldContain(s => s.StartsWith("3-arm design: intervention 06, intervention 07, intervention 08 (2 studies)", StringComparison.Ordinal));
        texts.ShouldContain(s => s.StartsWith("4-arm design:", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_OneTreatment_ThrowsNamingIt()
    {
        var g = new NetworkGeometry([new("A", 1, 10)], [], [], [], 1, [["A"]], []);

        Should.Throw<ArgumentException>(() => NetworkGraphPlot.Render(g, PlotSize.Default, PlotFormat.Svg))
            .Message.ShouldContain("two or more treatments; the geometry has 1 ('A')");
    }

    [Fact]
    public void Render_EmptyGeometry_Throws()
    {
        var g = NetworkGeometry.Of([]);

        Should.Throw<ArgumentException>(() => NetworkGraphPlot.Render(g, PlotSize.Default, PlotFormat.Png)).Message.ShouldContain("has 0");
    }

    [Fact]
    public void Render_NaNParticipants_ThrowsNamingTheTreatment()
    {
        var g = Senn2013.Geometry();
        var bad = g with { Treatments = [.. g.Treatments.Select(t => t.Treatment == "miglitol" ? t with { Participants = double.NaN } : t)] };

        Should.Throw<ArgumentException>(() => NetworkGraphPlot.Render(bad, PlotSize.Default, PlotFormat.Svg))
            .Message.ShouldContain("Treatment 'miglitol': participants is NaN");
    }

    [Fact]
    public void Render_UnknownArmSizes_DrawsEqualNodesAndSaysSo()
    {
        NetworkArm[] arms = [new("s1", "A", null), new("s1", "B", null), new("s2", "B", null), new("s2", "C", null)];

        var doc = PlotBytes.ParseSvg(NetworkGraphPlot.Render(NetworkGeometry.Of(arms), PlotSize.Default, PlotFormat.Svg));

        PlotBytes.Texts(doc).ShouldContain(s => s.Contains("participants not known", StringComparison.Ordinal));
        PlotBytes.Elements(doc, "ellipse").Where(e => e.Attribute("stroke") is not null).Select(e => e.Attribute("rx")!.Value).Distinct().Count().ShouldBe(1);
    }
}
