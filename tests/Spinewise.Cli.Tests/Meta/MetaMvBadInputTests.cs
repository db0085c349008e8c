namespace Spinewise.Cli.Tests.Meta;

/// <summary><c>meta mv</c> on bad input: exit 2, nothing on standard output, the file, row, column or option named.</summary>
public sealed class MetaMvBadInputTests
{
    private const string Data = "study,school,yi,vi\nA,1,0.1,0.01\nA,2,0.3,0.02\nB,1,0.2,0.015\n";

    private static CliRun Run(TempCsv t, string? v, params string[] args)
    {
        string[] common = ["meta", "mv", t.Write("d.csv", Data), .. args, "--json"];
        return CliRun.Of(v is null ? common : [.. common, "--V", t.Write("V.csv", v)]);
    }

    private static void ShouldFail(CliRun run, params string[] messages)
    {
        run.ExitCode.ShouldBe(2, run.Error);
        run.Out.ShouldBeEmpty();
        foreach (var m in messages) run.Error.ShouldContain(m);
    }

    [Fact]
    public void MetaMv_UnknownYiColumn_NamesFileAndColumn()
    {
        using var t = new TempCsv();
        ShouldFail(Run(t, null, "--yi", "effect", "--random", "~ 1 | study"), "d.csv, column 'effect'", "no such column");
    }

    [Fact]
    public void MetaMv_UnknownFactorInFormula_NamesTheColumn()
    {
        using var t = new TempCsv();
        ShouldFail(Run(t, null, "--random", "~ 1 | district/school"), "d.csv, column 'district'");
    }

    [Theory]
    [InlineData("1 | study", "starts with '~'")]
    [InlineData("~ 1 study", "expected '~ 1 | outer'")]
    [InlineData("~ a + b | study", "needs one inner and one outer factor")]
    public void MetaMv_MalformedFormula_NamesTheOption(string formula, string message)
    {
        using var t = new TempCsv();
        ShouldFail(Run(t, null, "--random", formula), "--random", message);
    }

    [Fact]
    public void MetaMv_NonSquareV_NamesTheRow()
    {
        using var t = new TempCsv();
        ShouldFail(Run(t, "0.01,0,0\n0,0.02\n0,0,0.015\n", "--random", "~ 1 | study"), "V.csv: row 2 has 2 values but the file has 3 rows", "square");
    }

    [Fact]
    public void MetaMv_AsymmetricV_NamesRowAndColumn()
    {
        using var t = new TempCsv();
        ShouldFail(Run(t, "0.01,0.005,0\n0.004,0.02,0\n0,0,0.015\n", "--random", "~ 1 | study"), "V.csv: row 1, column 2: 0.005 differs from row 2, column 1: 0.004", "symmetric");
    }

    [Fact]
    public void MetaMv_SingularV_NamesTheFileAndRows()
    {
        using var t = new TempCsv();
        ShouldFail(Run(t, "0.01,0.01,0\n0.01,0.01,0\n0,0,0.015\n", "--random", "~ 1 | study"), "V.csv: row 1:", "not positive definite");
    }

    [Fact]
    public void MetaMv_VOfTheWrongSize_SaysK()
    {
        using var t = new TempCsv();
        ShouldFail(Run(t, "0.01,0\n0,0.02\n", "--random", "~ 1 | study"), "V.csv: V is 2 × 2 but the data have 3 rows");
    }

    [Fact]
    public void MetaMv_NonNumberInV_NamesRowAndColumn()
    {
        using var t = new TempCsv();
        ShouldFail(Run(t, "v1,v2,v3\n0.01,0,0\n0,0.02,0\n", "--random", "~ 1 | study"), "V.csv: row 1, column 1: 'v1' is not a finite number (V has no header row)");
    }

    [Fact]
    public void MetaMv_ViAndV_Conflict()
    {
        using var t = new TempCsv();
        ShouldFail(Run(t, "0.01,0,0\n0,0.02,0\n0,0,0.015\n", "--vi", "vi"), "--vi: give --vi COLUMN or --V FILE, not both");
    }

    [Fact]
    public void MetaMv_EmptyData_Exit2()
    {
        using var t = new TempCsv();
        var run = CliRun.Of("meta", "mv", t.Write("h.csv", "study,yi,vi\n"), "--random", "~ 1 | study");
        ShouldFail(run, "h.csv", "header but no rows");
        ShouldFail(CliRun.Of("meta", "mv", t.Write("e.csv", ""), "--json"), "e.csv", "empty");
    }

    [Fact]
    public void MetaMv_MissingFactorLevel_NamesRowAndColumn()
    {
        using var t = new TempCsv();
        var run = CliRun.Of("meta", "mv", t.Write("m.csv", "study,yi,vi\nA,0.1,0.01\n,0.2,0.02\n"), "--random", "~ 1 | study", "--json");
        ShouldFail(run, "m.csv, row 2 (line 3), column 'study'");
    }

    [Theory]
    [InlineData("--method", "DL", "--method: rma.mv estimates by REML, ML or EE")]
    [InlineData("--struct", "UN", "--struct: unknown value 'UN'")]
    [InlineData("--rho", "2", "--rho: a correlation must lie in [-1, 1]")]
    [InlineData("--btt", "ablat", "--btt: no coefficient is named or contains 'ablat'")]
    public void MetaMv_BadOption_NamesIt(string option, string value, string message)
    {
        using var t = new TempCsv();
        ShouldFail(Run(t, null, "--random", "~ school | study", option, value), message);
    }
}
