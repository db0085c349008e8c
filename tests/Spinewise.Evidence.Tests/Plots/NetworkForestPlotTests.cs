using Spinewise.Evidence.EffectSizes;
using Spinewise.Evidence.Network;
using Spinewise.Evidence.Plots;

namespace Spinewise.Evidence.Tests.Plots;

/// <summary>The network forest plot of dat.senn2013 against placebo (metafor's pairwise predictions) and of bad contrast lists.</summary>
public sealed class NetworkForestPlotTests
{
    private static readonly NetworkForestOptions Placebo = new("placebo", "Mean difference (HbA1c %)");

    [Fact]
    public void Render_Senn2013Svg_HasEveryTreatmentTheReferenceInTheTitleAndTheAxisLabel()
    {
        var svg = NetworkForestPlot.Render(Senn2013.Pairwise(), Placebo, PlotSize.Default, PlotFormat.Svg);
        PlotBytes.Review("network-forest.svg", svg);

        var texts = PlotBytes.Texts(PlotBytes.ParseSvg(svg));
        foreach (var t in Senn2013.Treatments.Where(t => t != "placebo")) texts.ShouldContain(t);
        texts.ShouldContain("Network estimates: each treatment vs placebo");
        texts.ShouldContain("Mean difference (HbA1c %)");
        texts.ShouldContain("95% PI");
    }

    [Fact]
    public void Render_Senn2013_WritesEachEstimateAgainstPlaceboWithItsCi()
    {
        // metafor: rosiglitazone - placebo = -1.2337 [-1.4757, -0.9918]; placebo is Treatment2 of every pair with it
        var texts = PlotBytes.Texts(PlotBytes.ParseSvg(NetworkForestPlot.Render(Senn2013.Pairwise(), Placebo, PlotSize.Default, PlotFormat.Svg)));

        texts.ShouldContain("-1.23 [-1.48, -0.99]");
        texts.ShouldContain("-0.57 [-1.24, 0.10]");
    }

    [Fact]
    public void Render_ReferenceFirst_TurnsTheContrastsRound()
    {
        var pairwise = Senn2013.Pairwise();
        var fromMetformin = NetworkForestPlot.Render(pairwise, Placebo with { Reference = "metformin" }, PlotSize.Default, PlotFormat.Svg);

        // metafor gives "metformin - placebo" = -1.1284 [-1.4212, -0.8356]; against metformin, placebo is +1.13 [0.84, 1.42]
        var texts = PlotBytes.Texts(PlotBytes.ParseSvg(fromMetformin));
        texts.ShouldContain("1.13 [0.84, 1.42]");
        texts.ShouldContain("Network estimates: each treatment vs metformin");
    }

    [Fact]
    public void Render_OrderByEstimateAndAsGiven_DifferInRowOrder()
    {
        var pairwise = Senn2013.Pairwise();
        var sorted = RowLabels(NetworkForestPlot.Render(pairwise, Placebo, PlotSize.Default, PlotFormat.Svg));
        var given = RowLabels(NetworkForestPlot.Render(pairwise, Placebo with { Order = NetworkForestOrder.AsGiven }, PlotSize.Default, PlotFormat.Svg));

        given.ShouldBe(["acarbose", "benfluorex", "metformin", "miglitol", "pioglitazone", "rosiglitazone", "sitagliptin", "sulfonylurea", "vildagliptin"]);
        sorted[0].ShouldBe("rosiglitazone", "the largest fall in HbA1c is drawn at the top");
        sorted[^1].ShouldBe("sulfonylurea");
    }

    [Fact]
    public void Render_RatioMeasure_WritesBackTransformedValues()
    {
        NetworkContrast[] logOr = [new("B", "A", Math.Log(2), 0.1, Math.Log(2) - 0.196, Math.Log(2) + 0.196, double.NaN, double.NaN)];

        var texts = PlotBytes.Texts(PlotBytes.ParseSvg(NetworkForestPlot.Render(logOr, new("A", null) { Measure = EffectMeasure.OR }, PlotSize.Default, PlotFormat.Svg)));

        texts.ShouldContain("2.00 [1.64, 2.43]");
        texts.ShouldContain("OR (log scale)");
        texts.ShouldNotContain("95% PI");
    }

    [Fact]
    public void Render_Senn2013Png_HasThePngSignatureAndTheSizeAsked()
    {
        var png = NetworkForestPlot.Render(Senn2013.Pairwise(), Placebo, new PlotSize(900, 500, 1), PlotFormat.Png);
        PlotBytes.Review("network-forest.png", png);
        PlotBytes.Review("network-forest-print.png", NetworkForestPlot.Render(Senn2013.Pairwise(), Placebo with { SmallerIsBetter = true }, new PlotSize(null, null, 300 / 96.0), PlotFormat.Png));

        PlotBytes.PngSize(png).ShouldBe((900, 500));
    }

    [Theory]
    [InlineData(true, "← favours treatment", "favours placebo →")]
    [InlineData(false, "← favours placebo", "favours treatment →")]
    public void Render_Direction_MarksWhichSideFavoursWhom(bool smallerIsBetter, string left, string right)
    {
        var svg = NetworkForestPlot.Render(Senn2013.Pairwise(), Placebo with { SmallerIsBetter = smallerIsBetter }, new PlotSize(null, null, 2), PlotFormat.Svg);
        if (smallerIsBetter) PlotBytes.Review("network-forest-favours.svg", svg);

        var texts = PlotBytes.Texts(PlotBytes.ParseSvg(svg));
        texts.ShouldContain(left);
        texts.ShouldContain(right);
    }

    [Fact]
    public void Render_NoDirection_MarksNeitherSide()
    {
        var texts = PlotBytes.Texts(PlotBytes.ParseSvg(NetworkForestPlot.Render(Senn2013.Pairwise(), Placebo, PlotSize.Default, PlotFormat.Svg)));

        texts.ShouldNotContain(t => t.Contains("favours", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_FixedEffectFit_HasNoPredictionIntervals()
    {
        var fixedEffect = NetworkRanking.Pairwise(Senn2013.Fit() with { Tau2 = null });

        var svg = NetworkForestPlot.Render(fixedEffect, Placebo with { SmallerIsBetter = true }, PlotSize.Default, PlotFormat.Svg);
        PlotBytes.Review("network-forest-fixed.png", NetworkForestPlot.Render(fixedEffect, Placebo with { SmallerIsBetter = true }, PlotSize.Default, PlotFormat.Png));

        var texts = PlotBytes.Texts(PlotBytes.ParseSvg(svg));
        texts.ShouldNotContain("95% PI");
        texts.ShouldNotContain("95% prediction interval");
        texts.ShouldContain("Estimate [95% CI]");
    }

    [Fact]
    public void Render_EmptyList_Throws()
    {
        Should.Throw<ArgumentException>(() => NetworkForestPlot.Render([], Placebo, PlotSize.Default, PlotFormat.Png)).Message.ShouldContain("empty");
    }

    [Fact]
    public void Render_NoContrastWithTheReference_ThrowsNamingIt()
    {
        NetworkContrast[] one = [new("A", "B", 0.1, 0.1, -0.1, 0.3, double.NaN, double.NaN)];

        Should.Throw<ArgumentException>(() => NetworkForestPlot.Render(one, Placebo, PlotSize.Default, PlotFormat.Svg))
            .Message.ShouldContain("reference 'placebo' (treatments in the contrasts: A, B)");
    }

    [Fact]
    public void Render_NaNEstimate_ThrowsNamingTheContrast()
    {
        var bad = Senn2013.Pairwise().Select(c => c.Label == "miglitol - placebo" ? c with { Pred = double.NaN } : c).ToList();

        Should.Throw<ArgumentException>(() => NetworkForestPlot.Render(bad, Placebo, PlotSize.Default, PlotFormat.Svg))
            .Message.ShouldContain("('miglitol - placebo'): pred is NaN");
    }

    [Fact]
    public void Render_OnePredictionLimitMissing_Throws()
    {
        NetworkContrast[] one = [new("A", "placebo", 0.1, 0.1, -0.1, 0.3, -0.5, double.NaN)];

        Should.Throw<ArgumentException>(() => NetworkForestPlot.Render(one, Placebo, PlotSize.Default, PlotFormat.Svg)).Message.ShouldContain("prediction interval");
    }

    /// <summary>The y-axis labels, top row first (the SVG draws them in row order from the top).</summary>
    private static List<string> RowLabels(byte[] svg)
    {
        var names = Senn2013.Treatments.ToHashSet(StringComparer.Ordinal);
        return [.. PlotBytes.Texts(PlotBytes.ParseSvg(svg)).Where(names.Contains)];
    }
}
