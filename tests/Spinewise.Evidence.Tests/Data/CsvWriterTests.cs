using Spinewise.Evidence.Data;

namespace Spinewise.Evidence.Tests.Data;

public sealed class CsvWriterTests
{
    [Fact]
    public void Write_ThenRead_RoundTripsTextAndNumbers()
    {
        using var w = new StringWriter();
        CsvWriter.Write(w, ["name", "yi"], [["Smith, \"J\"\nJr", CsvWriter.Number(0.1 + 0.2)], [null, CsvWriter.Number(double.NaN)]]);
        var t = CsvReader.Read(new StringReader(w.ToString()));
        t.Text("name").ShouldBe(["Smith, \"J\"\nJr", null]);
        t.Numeric("yi")[0].ShouldBe(0.1 + 0.2);
        double.IsNaN(t.Numeric("yi")[1]).ShouldBeTrue();
    }

    [Fact]
    public void Number_Infinity_WritesRStyle()
    {
        CsvWriter.Number(double.NegativeInfinity).ShouldBe("-Inf");
        CsvWriter.Number(2.5).ShouldBe("2.5");
    }

    public static TheoryData<string> Tables() =>
    [
        "name,a,yi\r\n\"Smith, \"\"J\"\"\nJr\",1,9\r\n,\"\",NA\r\n\"\"\"lead\",-0,x\r\n",
        "a\nplain\n\"q\"\n\"\"\n  spaced  \n",
        "\"h,1\",h2\nü,€\n\"a\"\"\"\"b\",\"\"\"\"\n",
    ];

    [Theory]
    [MemberData(nameof(Tables))]
    public void WriteUtf8_AnyTable_IsByteForByteTheTextWriterOfTheSameCells(string csv)
    {
        var table = CsvReader.Read(new StringReader(csv), "t.csv");
        var keep = Enumerable.Range(0, table.Columns.Count).Where(j => table.Columns[j] != "yi").ToList();
        double[] yi = [.. Enumerable.Range(0, table.RowCount).Select(i => i switch { 0 => 0.1 + 0.2, 1 => double.NaN, 2 => double.NegativeInfinity, _ => -1e-300 })];
        double[] vi = [.. Enumerable.Range(0, table.RowCount).Select(i => i == 1 ? double.PositiveInfinity : 1.0 / (i + 3))];
        using var text = new StringWriter();
        CsvWriter.Write(text, [.. keep.Select(j => table.Columns[j]), "yi", "vi"],
            Enumerable.Range(0, table.RowCount).Select(i => (IReadOnlyList<string?>)[.. keep.Select(j => table[i, j]), CsvWriter.Number(yi[i]), CsvWriter.Number(vi[i])]));

        using var bytes = new MemoryStream();
        CsvWriter.Write(bytes, table, keep, ["yi", "vi"], [yi, vi]);
        using var fromStrings = new MemoryStream();
        var rows = Enumerable.Range(0, table.RowCount).Select(i => Enumerable.Range(0, table.Columns.Count).Select(j => table[i, j]).ToArray()).ToList();
        CsvWriter.Write(fromStrings, new CsvTable("t.csv", table.Columns, rows), keep, ["yi", "vi"], [yi, vi]);

        System.Text.Encoding.UTF8.GetString(bytes.ToArray()).ShouldBe(text.ToString());
        fromStrings.ToArray().ShouldBe(bytes.ToArray());
    }

    [Fact]
    public void WriteUtf8_RowsLongerThanItsBuffer_AreWhole()
    {
        var wide = new string('x', 100_000);
        var table = CsvReader.Read(new StringReader($"a,b\n{wide},\"{wide},\"\n1,2\n"), "t.csv");
        using var bytes = new MemoryStream();

        CsvWriter.Write(bytes, table, [0, 1], ["v"], [new double[] { 1, 2 }]);

        System.Text.Encoding.UTF8.GetString(bytes.ToArray()).ShouldBe($"a,b,v\r\n{wide},\"{wide},\",1\r\n1,2,2\r\n");
    }
}
