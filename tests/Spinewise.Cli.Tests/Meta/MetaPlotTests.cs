namespace Spinewise.Cli.Tests.Meta;

/// <summary>Forest and funnel plots are written as SVG and PNG.</summary>
public sealed class MetaPlotTests
{
    [Fact]
    public void RmaPlots_WriteSvgAndPng()
    {
        using var t = new TempCsv();
        var bcg = Path.Combine(ReferenceCase.Folder, "data", "dat.bcg.csv");
        var run = CliRun.Of("meta", "rma", bcg, "--measure", "RR", "--ai", "tpos", "--bi", "tneg", "--ci", "cpos", "--di", "cneg",
            "--forest", t.PathOf("forest.svg"), "--funnel", t.PathOf("funnel.png"));
        run.ExitCode.ShouldBe(0, run.Error);
        var sub = CliRun.Of("meta", "rma", bcg, "--measure", "RR", "--ai", "tpos", "--bi", "tneg", "--ci", "cpos", "--di", "cneg",
            "--subgroup", "alloc", "--forest", t.PathOf("forest.png"), "--funnel", t.PathOf("funnel.svg"));
        sub.ExitCode.ShouldBe(0, sub.Error);
        File.ReadAllText(t.PathOf("forest.svg")).ShouldContain("<svg");
        File.ReadAllText(t.PathOf("forest.svg")).ShouldContain("Aronson");
        File.ReadAllText(t.PathOf("funnel.svg")).ShouldContain("<svg");
        foreach (var png in new[] { "forest.png", "funnel.png" })
        {
            var bytes = File.ReadAllBytes(t.PathOf(png));
            bytes.Length.ShouldBeGreaterThan(10_000);
            bytes[..4].ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });
        }

        Directory.GetFiles(t.Folder).Length.ShouldBe(4); // no temporary files left behind
    }
}

/// <summary>Plots are capped in rows and sized by the content or by width, height and DPI options.</summary>
public sealed class MetaPlotSizeTests
{
    private static readonly string[] Bcg =
        [Path.Combine(ReferenceCase.Folder, "data", "dat.bcg.csv"), "--measure", "RR", "--ai", "tpos", "--bi", "tneg", "--ci", "cpos", "--di", "cneg"];

    private static (int Width, int Height) PngSize(string path)
    {
        var b = File.ReadAllBytes(path);
        return ((b[16] << 24) | (b[17] << 16) | (b[18] << 8) | b[19], (b[20] << 24) | (b[21] << 16) | (b[22] << 8) | b[23]);
    }

    [Fact]
    public void Forest_MoreStudiesThanTheLimit_Exit2BeforeDrawingAndWritesNothing()
    {
        using var t = new TempCsv();

        var run = CliRun.Of(["meta", "rma", .. Bcg, "--forest", t.PathOf("f.png"), "--forest-max-rows", "10"]);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("13 studies are more than a forest plot draws (limit 10); raise it with --forest-max-rows N");
        Directory.GetFiles(t.Folder).ShouldBeEmpty();
    }

    [Fact]
    public void Forest_DefaultSize_FollowsTheRowsDrawn()
    {
        using var t = new TempCsv();

        CliRun.Of(["meta", "rma", .. Bcg, "--forest", t.PathOf("all.png")]).ExitCode.ShouldBe(0);
        CliRun.Of(["meta", "rma", .. Bcg, "--subgroup", "alloc", "--forest", t.PathOf("sub.png")]).ExitCode.ShouldBe(0);

        PngSize(t.PathOf("all.png")).Width.ShouldBe(900);
        PngSize(t.PathOf("sub.png")).Height.ShouldBeGreaterThan(PngSize(t.PathOf("all.png")).Height);
    }

    [Fact]
    public void Plots_WidthHeightDpi_SetThePixelSize()
    {
        using var t = new TempCsv();

        var run = CliRun.Of(["meta", "rma", .. Bcg, "--forest", t.PathOf("f.png"), "--funnel", t.PathOf("u.png"),
            "--plot-width", "600", "--plot-height", "400", "--plot-dpi", "192"]);

        run.ExitCode.ShouldBe(0, run.Error);
        PngSize(t.PathOf("f.png")).ShouldBe((1200, 800));
        PngSize(t.PathOf("u.png")).ShouldBe((1200, 800));
    }

    [Theory]
    [InlineData("--plot-width", "5")]
    [InlineData("--plot-dpi", "5000")]
    public void Plots_SizeOutOfRange_Exit2NamingTheOption(string option, string value)
    {
        using var t = new TempCsv();

        var run = CliRun.Of(["meta", "rma", .. Bcg, "--forest", t.PathOf("f.png"), option, value]);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(option);
    }
}
