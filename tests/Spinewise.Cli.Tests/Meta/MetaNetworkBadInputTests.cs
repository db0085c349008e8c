namespace Spinewise.Cli.Tests.Meta;

/// <summary><c>meta network</c> on bad input: exit 2, nothing on standard output, the parts, row, column or option named.</summary>
public sealed class MetaNetworkBadInputTests
{
    private const string Header = "study,treatment,mi,sdi,ni\n";

    private static CliRun Run(TempCsv t, string rows, params string[] args) =>
        CliRun.Of(["meta", "network", t.Write("arms.csv", Header + rows), .. args, "--json"]);

    private static void ShouldFail(CliRun run, params string[] messages)
    {
        run.ExitCode.ShouldBe(2, run.Error);
        run.Out.ShouldBeEmpty();
        foreach (var m in messages) run.Error.ShouldContain(m);
    }

    [Fact]
    public void MetaNetwork_DisconnectedNetwork_NamesTheParts()
    {
        using var t = new TempCsv();
        ShouldFail(Run(t, "A,a,1,1,10\nA,b,2,1,10\nB,c,1,1,10\nB,d,2,1,10\n"), "arms.csv", "not connected", "part 1: a, b; part 2: c, d");
    }

    [Fact]
    public void MetaNetwork_OneArmStudy_NamesTheRow()
    {
        using var t = new TempCsv();
        ShouldFail(Run(t, "A,a,1,1,10\nA,b,2,1,10\nB,a,1,1,10\nB,b,2,1,10\nC,a,1,1,10\n"), "arms.csv, row 5 (line 6), column 'study'", "study 'C' has one arm");
    }

    [Fact]
    public void MetaNetwork_DuplicateArm_NamesTheRow()
    {
        using var t = new TempCsv();
        ShouldFail(Run(t, "A,a,1,1,10\nA,a,2,1,10\nB,a,1,1,10\nB,b,2,1,10\n"), "arms.csv, row 2 (line 3), column 'treatment'", "two arms of 'a'");
    }

    [Fact]
    public void MetaNetwork_MissingColumn_NamesIt()
    {
        using var t = new TempCsv();
        ShouldFail(Run(t, "A,a,1,1,10\nA,b,2,1,10\n", "--treatment", "drug"), "arms.csv, column 'drug'");
    }

    [Theory]
    [InlineData("--model", "random", "--model: unknown value 'random'")]
    [InlineData("--small-values", "low", "--small-values: unknown value 'low'")]
    [InlineData("--method", "DL", "--method: network models estimate by REML, ML or EE")]
    [InlineData("--measure", "PETO", "--measure: network arms give")]
    public void MetaNetwork_BadOption_NamesIt(string option, string value, string message)
    {
        using var t = new TempCsv();
        ShouldFail(Run(t, "A,a,1,1,10\nA,b,2,1,10\n", option, value), message);
    }

    [Fact]
    public void MetaNetwork_EmptyData_Exit2()
    {
        using var t = new TempCsv();
        ShouldFail(Run(t, ""), "arms.csv", "header but no rows");
    }
}
