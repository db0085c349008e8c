using Spinewise.Evidence.Network;
using Spinewise.Evidence.Plots;

namespace Spinewise.Evidence.Tests.Plots;

/// <summary>The league table of dat.senn2013 (10 treatments, 45 pairs from the REML fit) and of bad contrast lists.</summary>
public sealed class NetworkLeagueTableTests
{
    private static readonly NetworkLeagueOptions SmallerBetter = new(SmallerIsBetter: true);

    [Fact]
    public void Render_Senn2013Svg_HasTheNamesOnTheDiagonalBothHalvesAndTheLegend()
    {
        var svg = NetworkLeagueTable.Render(Senn2013.Pairwise(), SmallerBetter, PlotSize.Default, PlotFormat.Svg);
        PlotBytes.Review("network-league.svg", svg);

        var doc = PlotBytes.ParseSvg(svg);
        var texts = PlotBytes.Texts(doc);
        foreach (var t in Senn2013.Treatments) texts.ShouldContain(t);
        // metafor: rosiglitazone - placebo = -1.2337 [-1.4757, -0.9918]; the mirror cell is placebo - rosiglitazone
        Cell(texts, "-1.23", "(-1.48, -0.99)").ShouldBeTrue("rosiglitazone - placebo");
        Cell(texts, "1.23", "(0.99, 1.48)").ShouldBeTrue("placebo - rosiglitazone");
        texts.ShouldNotContain("-0.00", "a difference that rounds to zero is written 0.00");
        texts.ShouldContain("row treatment better");
        texts.ShouldContain(s => s.Contains("smaller values are better", StringComparison.Ordinal));
        var cells = PlotBytes.Elements(doc, "rect").Count(e => e.Attribute("stroke")?.Value == "white");
        cells.ShouldBe(10 * 10, "one box per cell");
    }

    [Fact]
    public void Render_Direction_SwapsTheColourOfACell()
    {
        // rosiglitazone - placebo lowers HbA1c by 10 SE: with smaller-is-better the row (rosiglitazone) is better, blue
        NetworkContrast[] one = [new("rosiglitazone", "placebo", -1.2337, 0.1235, -1.4757, -0.9918, double.NaN, double.NaN)];
        var blue = Fills(NetworkLeagueTable.Render(one, SmallerBetter, PlotSize.Default, PlotFormat.Svg));
        var orange = Fills(NetworkLeagueTable.Render(one, new(SmallerIsBetter: false), PlotSize.Default, PlotFormat.Svg));

        blue[0].ToUpperInvariant().ShouldBe("#2166AC");
        blue[1].ToUpperInvariant().ShouldBe("#B35806", "the mirror cell, placebo - rosiglitazone");
        orange.ShouldBe([blue[1], blue[0]]);
    }

    [Fact]
    public void Render_Order_PutsTheTreatmentsInThatOrder()
    {
        string[] order = ["placebo", .. Senn2013.Treatments.Where(t => t != "placebo")];

        var texts = PlotBytes.Texts(PlotBytes.ParseSvg(NetworkLeagueTable.Render(Senn2013.Pairwise(), SmallerBetter with { Order = order }, PlotSize.Default, PlotFormat.Svg)));

        texts.Where(order.Contains).ShouldBe(order);
    }

    [Fact]
    public void Render_Senn2013Png_HasThePngSignatureAndTheSizeAsked()
    {
        var png = NetworkLeagueTable.Render(Senn2013.Pairwise(), SmallerBetter, new PlotSize(1100, 900, 1), PlotFormat.Png);
        PlotBytes.Review("network-league.png", png);

        PlotBytes.PngSize(png).ShouldBe((1100, 900));
    }

    [Fact]
    public void Render_DefaultSize_GrowsWithTheTreatments()
    {
        var png = NetworkLeagueTable.Render(Senn2013.Pairwise(), SmallerBetter, PlotSize.Default, PlotFormat.Png);
        PlotBytes.Review("network-league-default.png", png);

        var (width, height) = PlotBytes.PngSize(png);
        width.ShouldBe((10 * 108) + 40, "108 px per treatment and the margins");
        height.ShouldBeInRange(700, 900);
    }

    [Fact]
    public void Render_NamesWithMarkupCharacters_StayValidSvg()
    {
        NetworkContrast[] one = [new("A & B", "<placebo>", -0.5, 0.2, -0.89, -0.11, double.NaN, double.NaN)];

        var texts = PlotBytes.Texts(PlotBytes.ParseSvg(NetworkLeagueTable.Render(one, SmallerBetter, PlotSize.Default, PlotFormat.Svg)));

        texts.ShouldContain("A & B");
        texts.ShouldContain("<placebo>");
    }

    [Fact]
    public void Render_LevelOutOfRange_Throws()
    {
        Should.Throw<ArgumentException>(() => NetworkLeagueTable.Render(Senn2013.Pairwise(), SmallerBetter with { Level = 950 }, PlotSize.Default, PlotFormat.Svg))
            .Message.ShouldContain("between 0 and 100");
    }

    [Fact]
    public void Render_EmptyList_Throws()
    {
        Should.Throw<ArgumentException>(() => NetworkLeagueTable.Render([], SmallerBetter, PlotSize.Default, PlotFormat.Svg)).Message.ShouldContain("empty");
    }

    [Fact]
    public void Render_APairMissing_ThrowsNamingIt()
    {
        var some = Senn2013.Pairwise().Where(c => c.Label != "acarbose - placebo").ToList();

        Should.Throw<ArgumentException>(() => NetworkLeagueTable.Render(some, SmallerBetter, PlotSize.Default, PlotFormat.Png))
            .Message.ShouldContain("every pair of its 10 treatments; 1 are missing: acarbose - placebo");
    }

    [Fact]
    public void Render_ATreatmentWithItself_Throws()
    {
        NetworkContrast[] one = [new("A", "A", 0, 0.1, -0.2, 0.2, double.NaN, double.NaN)];

        Should.Throw<ArgumentException>(() => NetworkLeagueTable.Render(one, SmallerBetter, PlotSize.Default, PlotFormat.Svg)).Message.ShouldContain("itself");
    }

    [Fact]
    public void Render_NaNStandardError_ThrowsNamingTheContrast()
    {
        var bad = Senn2013.Pairwise().Select(c => c.Label == "metformin - sulfonylurea" ? c with { Se = double.NaN } : c).ToList();

        Should.Throw<ArgumentException>(() => NetworkLeagueTable.Render(bad, SmallerBetter, PlotSize.Default, PlotFormat.Svg))
            .Message.ShouldContain("('metformin - sulfonylurea'): se is NaN");
    }

    [Fact]
    public void Render_OrderMissingATreatment_ThrowsNamingIt()
    {
        var options = SmallerBetter with { Order = [.. Senn2013.Treatments.Where(t => t != "miglitol")] };

        Should.Throw<ArgumentException>(() => NetworkLeagueTable.Render(Senn2013.Pairwise(), options, PlotSize.Default, PlotFormat.Svg))
            .Message.ShouldContain("missing from the order: miglitol");
    }

    /// <summary>Whether a cell's two lines, estimate then CI, are drawn one after the other.</summary>
    private static bool Cell(List<string> texts, string estimate, string ci) =>
        Enumerable.Range(0, texts.Count - 1).Any(i => texts[i] == estimate && texts[i + 1] == ci);

    /// <summary>Fill colours of the off-diagonal cells, top-left to bottom-right (each cell is a filled rect, then its white outline).</summary>
    private static List<string> Fills(byte[] svg)
    {
        var rects = PlotBytes.Elements(PlotBytes.ParseSvg(svg), "rect").ToList();
        return [.. Enumerable.Range(1, rects.Count - 1).Where(i => rects[i].Attribute("stroke")?.Value == "white")
            .Select(i => rects[i - 1].Attribute("fill")?.Value ?? "").Where(f => !f.Equals("#D9D9D9", StringComparison.OrdinalIgnoreCase))];
    }
}
