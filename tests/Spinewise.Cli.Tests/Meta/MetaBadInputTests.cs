namespace Spinewise.Cli.Tests.Meta;

/// <summary>Bad input gives exit code 2, a message naming file, row and column, and writes nothing.</summary>
public sealed class MetaBadInputTests
{
    private const string Counts = "study,ai,bi,ci,di\nA,4,119,11,128\nB,6,300,29,274\nC,3,228,11,209\n";

    [Fact]
    public void MissingFile_Exit2()
    {
        var run = CliRun.Of("escalc", "/nonexistent/x.csv", "--measure", "OR");
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("/nonexistent/x.csv: file not found");
    }

    [Fact]
    public void EmptyFile_Exit2()
    {
        using var t = new TempCsv();
        CliRun.Of("meta", "rma", t.Write("e.csv", "")).Error.ShouldContain("e.csv: the file is empty");
        var run = CliRun.Of("meta", "rma", t.Write("h.csv", "yi,vi\n"));
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("header but no rows");
    }

    [Fact]
    public void MissingColumn_NamesIt()
    {
        using var t = new TempCsv();
        var run = CliRun.Of("escalc", t.Write("d.csv", "study,ai,bi,ci\nA,1,2,3\n"), "--measure", "OR");
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("d.csv, column 'di'");
        run.Error.ShouldContain("'di' or 'n2i'");
        CliRun.Of("meta", "rma", t.PathOf("d.csv")).Error.ShouldContain("column 'yi'");
    }

    [Fact]
    public void NonNumericCell_NamesRowAndColumn()
    {
        using var t = new TempCsv();
        var run = CliRun.Of("meta", "rma", t.Write("d.csv", "yi,vi\n0.1,0.01\n0.2,abc\n"));
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("d.csv, row 2 (line 3), column 'vi': 'abc' is not a number");
    }

    [Fact]
    public void NegativeVariance_Exit2()
    {
        using var t = new TempCsv();
        var run = CliRun.Of("meta", "rma", t.Write("d.csv", "yi,vi\n0.1,0.01\n0.2,-0.5\n"), "--json");
        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldContain("row 2 (line 3), column 'vi': negative sampling variance");
    }

    [Fact]
    public void ZeroSampleSize_NamesRowAndMappedColumn()
    {
        using var t = new TempCsv();
        var run = CliRun.Of("escalc", t.Write("d.csv", "m1,s1,size1,m2,s2,size2\n1,1,10,2,1,10\n1,1,0,2,1,10\n"), "--measure", "MD",
            "--m1i", "m1", "--sd1i", "s1", "--n1i", "size1", "--m2i", "m2", "--sd2i", "s2", "--n2i", "size2");
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("row 2 (line 3), column 'size1' (n1i)");
    }

    [Theory]
    [InlineData("--measure", "XYZ", "--measure: unknown value 'XYZ'")]
    [InlineData("--method", "FOO", "--method: unknown value 'FOO'")]
    [InlineData("--test", "w", "--test: unknown value 'w'")]
    public void UnknownMeasureOrMethod_ListsChoices(string option, string value, string message)
    {
        using var t = new TempCsv();
        var args = option == "--measure" ? new[] { "meta", "rma", t.Write("c.csv", Counts), option, value } : ["meta", "rma", t.Write("c.csv", Counts), "--measure", "OR", option, value];
        var run = CliRun.Of(args);
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(message);
        run.Error.ShouldContain("use one of");
    }

    [Fact]
    public void BadInput_WritesNoOutputFiles()
    {
        using var t = new TempCsv();
        var data = t.Write("d.csv", "study,ai,bi,ci,di\nA,1,2,3,x\n");
        CliRun.Of("escalc", data, "--measure", "OR", "--out", t.PathOf("o.csv")).ExitCode.ShouldBe(2);
        CliRun.Of("meta", "rma", data, "--measure", "OR", "--forest", t.PathOf("f.svg")).ExitCode.ShouldBe(2);
        Directory.GetFiles(t.Folder).Select(Path.GetFileName).ShouldBe(["d.csv"]);
    }

    [Fact]
    public void PlotExtension_MustBeSvgOrPng()
    {
        using var t = new TempCsv();
        var run = CliRun.Of("meta", "rma", t.Write("c.csv", Counts), "--measure", "OR", "--forest", t.PathOf("f.pdf"));
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("must end in .svg or .png");
    }

    [Fact]
    public void Escalc_Out_AppendsYiVi()
    {
        using var t = new TempCsv();
        var run = CliRun.Of("escalc", t.Write("c.csv", Counts), "--measure", "OR", "--out", t.PathOf("o.csv"));
        run.ExitCode.ShouldBe(0, run.Error);
        var lines = File.ReadAllLines(t.PathOf("o.csv"));
        lines[0].ShouldBe("study,ai,bi,ci,di,yi,vi");
        lines.Length.ShouldBe(4);
        Directory.GetFiles(t.Folder).Length.ShouldBe(2);
    }
}
