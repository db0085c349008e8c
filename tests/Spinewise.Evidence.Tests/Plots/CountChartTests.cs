using Spinewise.Evidence.Plots;

namespace Spinewise.Evidence.Tests.Plots;

/// <summary>The count chart of a screening summary: labels, counts and shares written, the same bytes every time, bad counts refused.</summary>
public sealed class CountChartTests
{
    private static readonly CountBar[] Statuses = [new("candidate", 30), new("undetermined", 60), new("not a candidate", 10), new("selection not addressed", 0)];

    [Fact]
    public void Render_Statuses_WritesEachLabelWithItsCountAndShare()
    {
        var svg = CountChart.Render("lumbar-rfa: evaluated patients by status", Statuses, "Patients", PlotSize.Default, PlotFormat.Svg);
        PlotBytes.Review("count-chart.svg", svg);

        var texts = PlotBytes.Texts(PlotBytes.ParseSvg(svg));
        texts.ShouldContain("lumbar-rfa: evaluated patients by status");
        foreach (var label in Statuses.Select(b => b.Label)) texts.ShouldContain(label);
        texts.ShouldContain("30 (30 %)");
        texts.ShouldContain("60 (60 %)");
        texts.ShouldContain("0 (0 %)");
        texts.ShouldContain("Patients");
    }

    [Fact]
    public void Render_Twice_GivesTheSameBytes()
    {
        // a report merged from shards must equal the report of one run, charts included
        var first = CountChart.Render("t", Statuses, "Patients", PlotSize.Default, PlotFormat.Svg);
        _ = NetworkGraphPlot.Render(Senn2013.Geometry(), PlotSize.Default, PlotFormat.Svg);
        var second = CountChart.Render("t", Statuses, "Patients", PlotSize.Default, PlotFormat.Svg);

        second.ShouldBe(first);
    }

    [Fact]
    public void Render_NoBarsOrANegativeCount_IsAnArgumentErrorNamingIt()
    {
        Should.Throw<ArgumentException>(() => CountChart.Render("t", [], "Patients", PlotSize.Default, PlotFormat.Svg));
        Should.Throw<ArgumentException>(() => CountChart.Render("t", [new("candidate", -1)], "Patients", PlotSize.Default, PlotFormat.Svg)).Message.ShouldContain("'candidate'");
    }
}
