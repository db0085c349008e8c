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
