using Spinewise.Evidence.Data;

namespace Spinewise.Evidence.Tests.Data;

public sealed class CsvReaderTests
{
    private static CsvTable Read(string text) => CsvReader.Read(new StringReader(text), "t.csv");

    [Fact]
    public void Read_HeaderAndRows_GivesColumnsAndCells()
    {
        var t = Read("a,b\n1,x\n2,y\n");
        t.Columns.ShouldBe(["a", "b"]);
        t.RowCount.ShouldBe(2);
        t[1, 1].ShouldBe("y");
        t.Numeric("a").ShouldBe([1.0, 2.0]);
    }

    [Fact]
    public void Read_QuotedFields_HandleCommasQuotesAndLineBreaks()
    {
        var t = Read("\"name\",\"n\"\r\n\"Smith, J\",1\r\n\"say \"\"hi\"\"\",2\r\n\"two\nlines\",3");
        t.Text("name").ShouldBe(["Smith, J", "say \"hi\"", "two\nlines"]);
        t.Numeric("n").ShouldBe([1.0, 2.0, 3.0]);
    }

    [Fact]
    public void Read_EmptyCellsAndNA_AreMissing()
    {
        var t = Read("a,b,c\n,\"\",NA\n1e-3,-2.5,Inf\n");
        t.Text("a")[0].ShouldBeNull();
        t.Text("b")[0].ShouldBeNull();
        double.IsNaN(t.Numeric("c")[0]).ShouldBeTrue();
        t.Numeric("a")[1].ShouldBe(0.001);
        t.Numeric("b")[1].ShouldBe(-2.5);
        double.IsPositiveInfinity(t.Numeric("c")[1]).ShouldBeTrue();
    }

    [Fact]
    public void Read_NoTrailingNewlineAndBlankLines_AreHandled()
    {
        var t = Read("a\n1\n\n2");
        t.Numeric("a").ShouldBe([1.0, 2.0]);
    }

    [Fact]
    public void Numeric_NonNumericCell_NamesRowAndColumn()
    {
        var t = Read("id,ai\n1,5\n2,five\n");
        var ex = Should.Throw<CsvDataException>(() => t.Numeric("ai"));
        ex.Row.ShouldBe(2);
        ex.Column.ShouldBe("ai");
        ex.Message.ShouldContain("t.csv, row 2 (line 3), column 'ai'");
        ex.Message.ShouldContain("'five' is not a number");
        t.IsNumeric("ai").ShouldBeFalse();
        t.IsNumeric("id").ShouldBeTrue();
    }

    [Fact]
    public void Numeric_MissingColumn_ListsColumns()
    {
        var ex = Should.Throw<CsvDataException>(() => Read("a,b\n1,2\n").Numeric("ci"));
        ex.Column.ShouldBe("ci");
        ex.Message.ShouldContain("no such column (columns: a, b)");
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("a,b\n1\n", "line 2: 1 field(s) but the header has 2")]
    [InlineData("a,b\n\"1,2\n", "not closed")]
    [InlineData("a,b\n1\"x,2\n", "quote inside an unquoted field")]
    [InlineData("a,b\n\"1\"x,2\n", "text after a closing quote")]
    [InlineData("a,a\n1,2\n", "appears twice")]
    [InlineData("a,\n1,2\n", "header column 2 has no name")]
    public void Read_Malformed_Throws(string text, string message)
    {
        Should.Throw<CsvDataException>(() => Read(text)).Message.ShouldContain(message);
    }

    [Fact]
    public void ReadFile_MissingFile_Throws()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.csv");
        Should.Throw<CsvDataException>(() => CsvReader.ReadFile(path)).Message.ShouldContain("file not found");
    }

    [Fact]
    public void ReadFile_ReferenceDataset_RoundTripsNumbers()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bom-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "\"yi\",\"label\"\n0.16551443847757333,\"A\"\n", new System.Text.UTF8Encoding(true));
        try
        {
            var t = CsvReader.ReadFile(path);
            t.Columns[0].ShouldBe("yi");
            t.Numeric("yi")[0].ShouldBe(0.16551443847757333);
            t.Source.ShouldBe(Path.GetFileName(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
