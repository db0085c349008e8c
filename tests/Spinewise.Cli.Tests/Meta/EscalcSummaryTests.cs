using System.Globalization;
using System.Text;

namespace Spinewise.Cli.Tests.Meta;

/// <summary>The people view of escalc prints every row up to a limit, above it the first rows and a summary.</summary>
public sealed class EscalcSummaryTests
{
    private static string Yi(int rows)
    {
        var text = new StringBuilder("study,m1i,sd1i,n1i,m2i,sd2i,n2i\n");
        for (int i = 1; i <= rows; i++) text.Append(CultureInfo.InvariantCulture, $"S{i},{10 + (i % 7)},2,20,9,2,20\n");
        return text.ToString();
    }

    [Fact]
    public void Escalc_RowsAboveTheLimitWithOut_PrintsFirstRowsAndWhereTheFileWent()
    {
        using var t = new TempCsv();
        var data = t.Write("many.csv", Yi(120));
        var output = t.PathOf("many-yi.csv");

        var run = CliRun.Of("escalc", data, "--measure", "MD", "--out", output);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("k = 120");
        run.Out.ShouldContain("... and 110 more rows (first 10 of k = 120 shown), in " + output);
        run.Out.ShouldNotContain(" 11 ");
        File.ReadAllLines(output).Length.ShouldBe(121);
    }

    [Fact]
    public void Escalc_RowsAboveTheLimitWithoutOut_SaysHowToSeeEveryRow()
    {
        using var t = new TempCsv();

        var run = CliRun.Of("escalc", t.Write("many.csv", Yi(60)), "--measure", "MD");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("... and 50 more rows (first 10 of k = 60 shown), not shown (--out FILE.csv or --json");
    }

    [Fact]
    public void Escalc_MaxRowsRaised_PrintsEveryRow()
    {
        using var t = new TempCsv();

        var run = CliRun.Of("escalc", t.Write("many.csv", Yi(60)), "--measure", "MD", "--max-rows", "60");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain(" 60 ");
        run.Out.ShouldNotContain("more rows");
    }

    [Fact]
    public void Escalc_NegativeMaxRows_Exit2()
    {
        using var t = new TempCsv();

        var run = CliRun.Of("escalc", t.Write("few.csv", Yi(3)), "--measure", "MD", "--max-rows", "-1");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--max-rows");
    }
}
