using System.Text;

namespace Spinewise.Cli.Tests.Meta;

/// <summary>Meta-analysis input read as metafor reads it: level, zero variances, out-of-range yi, encodings, separators.</summary>
public sealed class MetaInputAsMetaforTests
{
    private const string YiVi = "study,yi,vi,n\nA,0.1,0.02,40\nB,0.3,0.03,30\nC,-0.2,0.05,20\nD,0.5,0.04,25\n";

    [Theory]
    [InlineData("95")]
    [InlineData("0.95")]
    [InlineData("0.05")]
    public void MetaRma_LevelAsPercentOrFraction_GivesThe95PercentInterval(string level)
    {
        using var t = new TempCsv();

        var run = CliRun.Of("meta", "rma", t.Write("d.csv", YiVi), "--level", level, "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Json().GetProperty("alpha").GetDouble().ShouldBe(0.05, 1e-12);
    }

    [Fact]
    public void MetaMh_LevelAsFraction_GivesThe90PercentInterval()
    {
        using var t = new TempCsv();
        var data = t.Write("c.csv", "ai,bi,ci,di\n4,119,11,128\n6,300,29,274\n3,228,11,209\n");

        var run = CliRun.Of("meta", "mh", data, "--measure", "OR", "--level", "0.9", "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Json().GetProperty("alpha").GetDouble().ShouldBe(0.1, 1e-12);
    }

    [Theory]
    [InlineData("DL", "DL estimator cannot be used when there are non-positive sampling variances in the data (row 2: vi = 0)")]
    [InlineData("REML", "non-positive sampling variances (row 2: vi = 0)")]
    public void MetaRma_ZeroSamplingVariance_Exit2NamingTheRow(string method, string message)
    {
        using var t = new TempCsv();

        var run = CliRun.Of("meta", "rma", t.Write("z.csv", YiVi.Replace("B,0.3,0.03", "B,0.3,0", StringComparison.Ordinal)), "--method", method);

        run.ExitCode.ShouldBe(2, run.Out);
        run.Error.ShouldContain(message);
    }

    [Theory]
    [InlineData("Inf")]
    [InlineData("1e308")]
    public void MetaRma_OutOfRangeYi_Exit2NamingRowAndColumn(string value)
    {
        using var t = new TempCsv();

        var run = CliRun.Of("meta", "rma", t.Write("i.csv", YiVi.Replace("C,-0.2", "C," + value, StringComparison.Ordinal)));

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("i.csv, row 3 (line 4), column 'yi'");
        run.Error.ShouldContain("out of range");
    }

    [Fact]
    public void MetaRma_SemicolonSeparated_Exit2SayingSo()
    {
        using var t = new TempCsv();

        var run = CliRun.Of("meta", "rma", t.Write("s.csv", "study;yi;vi\nA;0,1;0,02\nB;0,3;0,03\n"));

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("s.csv: line 1: the header is one column 'study;yi;vi': the file looks ';'-separated");
    }

    [Fact]
    public void MetaRma_Latin1File_Exit2NamingTheLine()
    {
        using var t = new TempCsv();
        var path = t.PathOf("l.csv");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("study,yi,vi\nA,0.1,0.02\nMüller,0.3,0.03\n"));

        var run = CliRun.Of("meta", "rma", path);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("l.csv: line 3: byte 0xFC is not UTF-8");
    }

    [Fact]
    public void MetaRma_Utf16File_Exit2SayingSaveAsUtf8()
    {
        using var t = new TempCsv();
        var path = t.PathOf("u.csv");
        File.WriteAllText(path, YiVi, Encoding.Unicode);

        var run = CliRun.Of("meta", "rma", path);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("UTF-16");
        run.Error.ShouldContain("save it as UTF-8");
    }

    [Theory]
    [InlineData("--level", "abc", "--level expects a number, not 'abc'")]
    [InlineData("--maxiter", "1.5", "--maxiter expects a whole number, not '1.5'")]
    [InlineData("--tol", "small", "--tol expects a number, not 'small'")]
    public void MetaRma_OptionOfTheWrongType_SaysWhatItExpects(string option, string value, string message)
    {
        using var t = new TempCsv();

        var run = CliRun.Of("meta", "rma", t.Write("d.csv", YiVi), option, value);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(message);
        run.Error.ShouldNotContain("System.");
    }

    [Fact]
    public void MetaRegtest_NiPredictorWithNiColumn_UsesTheColumnGiven()
    {
        using var t = new TempCsv();
        var data = t.Write("d.csv", YiVi);

        var run = CliRun.Of("meta", "regtest", data, "--predictor", "ni", "--ni", "n", "--model", "lm", "--json");
        var missing = CliRun.Of("meta", "regtest", data, "--predictor", "ni", "--model", "lm");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Json().GetProperty("predictor").GetString().ShouldBe("ni");
        missing.ExitCode.ShouldBe(2);
        missing.Error.ShouldContain("column 'ni'");
    }

    [Fact]
    public void MetaRma_TwoStudies_NoKnhaNote()
    {
        using var t = new TempCsv();

        var two = CliRun.Of("meta", "rma", t.Write("two.csv", "yi,vi\n0.1,0.02\n0.4,0.03\n"));
        var four = CliRun.Of("meta", "rma", t.Write("four.csv", YiVi));

        two.ExitCode.ShouldBe(0, two.Error);
        two.Out.ShouldNotContain("knha");
        four.Out.ShouldContain("consider test=\"knha\"");
    }

    [Fact]
    public void MetaMh_Help_ListsOnlyTheColumnsOfItsMeasures()
    {
        var help = CliRun.Of("meta", "mh", "--help").Out;

        help.ShouldContain("--ai <COLUMN>");
        help.ShouldContain("--t2i <COLUMN>");
        help.ShouldNotContain("--m1i");
        help.ShouldNotContain("--ri ");
        CliRun.Of("meta", "peto", "--help").Out.ShouldNotContain("--x1i");
    }
}
