using Spinewise.Application.Meta;

namespace Spinewise.Application.Tests.Meta;

/// <summary>Bad input comes back as diagnostics naming the option, or the row and column — never as an exception.</summary>
public sealed class MetaDiagnosticTests
{
    [Fact]
    public void Run_UnknownOption_NamesIt()
    {
        var result = new RmaUseCase().Run(Studies.Request(Studies.CsvRows(), ("measure", "RR"), ("methd", "DL")));

        result.IsSuccess.ShouldBeFalse();
        var d = result.Diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe(MetaDiagnosticCodes.UnknownOption);
        d.Option.ShouldBe("methd");
        d.Message.ShouldContain("method");
    }

    [Fact]
    public void Run_PlotOptionWithoutAPlot_IsUnknown()
    {
        var result = new Leave1OutUseCase().Run(Studies.Request(Studies.CsvRows(), ("measure", "RR"), ("plot-width", "800")));

        result.Diagnostics.ShouldHaveSingleItem().Option.ShouldBe("plot-width");
    }

    [Fact]
    public void Run_EveryBadOption_IsListed()
    {
        var result = new RmaUseCase().Run(Studies.Request(Studies.CsvRows(), ("measure", "XYZ"), ("level", "abc"), ("maxiter", "0")));

        result.Diagnostics.Select(d => d.Option).ShouldBe(["measure", "level", "maxiter"], ignoreOrder: true);
        result.Diagnostics.ShouldAllBe(d => d.Code == MetaDiagnosticCodes.InvalidOption);
        result.Diagnostics.Single(d => d.Option == "level").Message.ShouldBe("expects a number, not 'abc'");
        result.Diagnostics.Single(d => d.Option == "measure").Message.ShouldContain("use one of");
    }

    [Fact]
    public void Run_NonNumericCell_LocatedByRowAndColumn()
    {
        var rows = MetaRows.FromCsv("yi,vi\n0.1,0.01\n0.2,abc\n0.3,0.02\n", "body.csv");

        var result = new RmaUseCase().Run(new MetaRequest(rows));

        var d = result.Diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe(MetaDiagnosticCodes.InvalidCell);
        (d.Source, d.Row, d.Column).ShouldBe(("body.csv", 2, "vi"));
        d.ToString().ShouldBe("body.csv, row 2 (line 3), column 'vi': 'abc' is not a number");
    }

    [Fact]
    public void Run_NegativeVarianceInJsonRows_LocatedByRowAndColumn()
    {
        var rows = MetaRows.FromJson(System.Text.Json.JsonDocument.Parse("""[{"yi":0.1,"vi":0.01},{"yi":0.2,"vi":-0.5}]""").RootElement, Studies.Source);

        var d = new RmaUseCase().Run(new MetaRequest(rows)).Diagnostics.ShouldHaveSingleItem();

        (d.Row, d.Column).ShouldBe((2, "vi"));
        d.Message.ShouldStartWith("negative sampling variance");
    }

    [Fact]
    public void Run_MappedColumnWithInvalidCount_NamesColumnAndArgument()
    {
        var rows = MetaRows.FromCsv("m1,s1,size1,m2,s2,size2\n1,1,10,2,1,10\n1,1,0,2,1,10\n", "d.csv");
        var options = new Dictionary<string, string>
        {
            ["measure"] = "MD", ["m1i"] = "m1", ["sd1i"] = "s1", ["n1i"] = "size1", ["m2i"] = "m2", ["sd2i"] = "s2", ["n2i"] = "size2",
        };

        var d = new EscalcUseCase().Run(new MetaRequest(rows, options)).Diagnostics.ShouldHaveSingleItem();

        (d.Row, d.Column, d.Argument).ShouldBe((2, "size1", "n1i"));
    }

    [Fact]
    public void Run_MissingColumn_IsAMissingColumnDiagnostic()
    {
        var d = new RmaUseCase().Run(new MetaRequest(MetaRows.FromCsv("a,b\n1,2\n", "d.csv"))).Diagnostics.ShouldHaveSingleItem();

        d.Code.ShouldBe(MetaDiagnosticCodes.MissingColumn);
        d.Column.ShouldBe("yi");
    }

    [Theory]
    [InlineData("", MetaDiagnosticCodes.UnreadableRows)]
    [InlineData("yi,vi\n", MetaDiagnosticCodes.UnreadableRows)]
    public void Run_EmptyRows_AreUnreadable(string csv, string code)
    {
        new RmaUseCase().Run(new MetaRequest(MetaRows.FromCsv(csv, "d.csv"))).Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(code);
    }

    [Fact]
    public void Run_TooManyModerators_CannotAnalyse()
    {
        var rows = MetaRows.FromCsv("yi,vi,a,b\n0.1,0.01,1,5\n0.3,0.02,2,3\n", "d.csv");

        var d = new RmaUseCase().Run(new MetaRequest(rows, new Dictionary<string, string> { ["mods"] = "a,b" })).Diagnostics.ShouldHaveSingleItem();

        d.Code.ShouldBe(MetaDiagnosticCodes.CannotAnalyse);
        d.Message.ShouldContain("Too many parameters");
    }

    [Fact]
    public void Failure_Value_Throws()
    {
        var result = new RmaUseCase().Run(new MetaRequest(MetaRows.FromCsv("", "d.csv")));

        result.TryGetValue(out var value).ShouldBeFalse();
        value.ShouldBeNull();
        Should.Throw<InvalidOperationException>(() => result.Value);
        Should.Throw<ArgumentException>(() => MetaResult.Failure<string>([]));
    }
}
