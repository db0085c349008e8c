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

    [Fact]
    public void Numeric_CellsWithSpacesSignsAndUnicodeSpace_ParseAsTheTextWould()
    {
        var t = Read("a,b\n 1.5 ,1\n\"\t-2\",2\n\u00a03,3\n NA ,4\n+Inf,\"\"\"4\"\n");

        var a = t.Numeric("a");

        a[..3].ShouldBe([1.5, -2.0, 3.0]);
        double.IsNaN(a[3]).ShouldBeTrue();
        a[4].ShouldBe(double.PositiveInfinity);
        t.IsNumeric("b").ShouldBeFalse("the last cell of b is '\"4'");
        Should.Throw<CsvDataException>(() => t.Numeric("b")).Message.ShouldContain("row 5");
    }

    [Fact]
    public void Read_ErrorsInBothSyntaxAndWidth_NamesTheSyntaxFirstAndTheFirstWrongRow()
    {
        Should.Throw<CsvDataException>(() => Read("a,b\n1\n1,2\n3,\"x\n")).Message.ShouldContain("line 4: a quoted field is not closed");
        Should.Throw<CsvDataException>(() => Read("a,b\n1,2\n1\n\"two\nlines\",2,3\n")).Message.ShouldContain("line 3: 1 field(s) but the header has 2");
        Should.Throw<CsvDataException>(() => Read("a,b\n\"multi\nline\",2\n1,2,3\n")).Message.ShouldContain("line 4: 3 field(s)");
    }

    [Fact]
    public void Read_TrailingCommaAtEndOfText_IsAnEmptyLastCell()
    {
        var t = Read("a,b\n1,");

        t.RowCount.ShouldBe(1);
        (t[0, 0], t[0, 1]).ShouldBe(("1", null));
    }

    [Fact]
    public void Read_AMillionRows_KeepsCellsAsSlicesOfTheBytes()
    {
        var text = new System.Text.StringBuilder("ai,bi,ci,di\n");
        for (int i = 0; i < 1_000_000; i++)
        {
            text.Append(i % 50).Append(',').Append(i % 7).Append(',').Append(i % 13).Append(",3\n");
        }

        var csv = text.ToString();
        long before = GC.GetAllocatedBytesForCurrentThread();

        var t = Read(csv);
        var ai = t.Numeric("ai");

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        t.RowCount.ShouldBe(1_000_000);
        (ai[999_999], t.Numeric("ci")[999_999]).ShouldBe((999_999 % 50, 999_999 % 13));
        allocated.ShouldBeLessThan(csv.Length + (10L * 4_000_000) + (2 * 8 * 1_000_000), "the bytes once, a slice per cell and the parsed columns, no string per cell");
    }

    [Fact]
    public void NumericColumns_SeveralBad_ReportsTheFirstInTheOrderGiven()
    {
        var t = Read("a,b,c\n1,x,2\n2,3,y\n");

        var columns = t.Numeric(["a"]);
        columns.ShouldHaveSingleItem().ShouldBe([1.0, 2.0]);
        Should.Throw<CsvDataException>(() => t.Numeric(["a", "c", "b"])).Message.ShouldContain("column 'c'");
        Should.Throw<CsvDataException>(() => t.Numeric(["b", "c"])).Message.ShouldContain("column 'b'");
        Should.Throw<CsvDataException>(() => t.Numeric(["a", "nope", "b"])).Message.ShouldContain("no such column");
    }
}
