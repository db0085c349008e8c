using System.Text;
using System.Xml.Linq;
using Spinewise.Application.Meta;
using Spinewise.Evidence.Plots;

namespace Spinewise.Application.Tests.Meta;

/// <summary>Forest and funnel plots come back as PNG or SVG bytes.</summary>
public sealed class MetaPlotTests
{
    private static MetaRequest Request(params (string, string)[] more) => Studies.Request(Studies.CsvRows(), [("measure", "RR"), .. more]);

    [Fact]
    public void Forest_Png_IsANonEmptyPng()
    {
        var png = new RmaUseCase().Forest(Request(), PlotFormat.Png).Value;

        png.Length.ShouldBeGreaterThan(5_000);
        png[..4].ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });
    }

    [Fact]
    public void Forest_SvgBySubgroup_IsValidSvgWithTheStudies()
    {
        var svg = new RmaUseCase().Forest(Request(("subgroup", "alloc")), PlotFormat.Svg).Value;

        var doc = XDocument.Parse(Encoding.UTF8.GetString(svg));
        doc.Root!.Name.LocalName.ShouldBe("svg");
        doc.ToString().ShouldContain("Aronson");
        doc.ToString().ShouldContain("Subtotal");
    }

    [Fact]
    public void Funnel_SvgAndTrimFillPng_AreImages()
    {
        var svg = new RmaUseCase().Funnel(Request(("plot-width", "600")), PlotFormat.Svg).Value;
        XDocument.Parse(Encoding.UTF8.GetString(svg)).Root!.Name.LocalName.ShouldBe("svg");

        var trimfill = new TrimFillUseCase().Run(Request(("plot-dpi", "192")), PlotFormat.Png).Value;
        trimfill.Result.FunnelImage.ShouldNotBeNull()[..4].ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });
    }

    [Fact]
    public void Forest_MoreStudiesThanTheLimit_IsADiagnosticOnForest()
    {
        var d = new RmaUseCase().Forest(Request(("forest-max-rows", "3")), PlotFormat.Svg).Diagnostics.ShouldHaveSingleItem();

        d.Option.ShouldBe("forest");
        d.Message.ShouldContain("7 studies are more than a forest plot draws (limit 3)");
    }

    [Theory]
    [InlineData("plot-width", "5")]
    [InlineData("plot-dpi", "5000")]
    public void Forest_SizeOutOfRange_NamesTheOption(string option, string value)
    {
        new RmaUseCase().Forest(Request((option, value)), PlotFormat.Png).Diagnostics.ShouldHaveSingleItem().Option.ShouldBe(option);
    }
}
