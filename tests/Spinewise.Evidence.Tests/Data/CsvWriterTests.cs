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

    [Fact]
    public void WriteUtf8_EdgeValuesOverManyBlocks_IsTheSequentialTextWritersBytes()
    {
        // Given more rows than several formatting blocks, cycling through NaN (missing), ±0, ±∞, subnormals, powers of two,
        // 1e±300, integers and 17-digit values
        double[] edge =
        [
            double.NaN, 0.0, -0.0, double.Epsilon, -4.9e-322, 2.2250738585072009E-308, 1e-300, 1e300, -1e300, 42, -7, 1e15, 1e17,
            0.1 + 0.2, 1.0 / 3, -2.2250738585072014E-308, double.MaxValue, double.PositiveInfinity, double.NegativeInfinity,
            Math.ScaleB(1.0, -25), 123456789012345680.0, 1e-5, 0.0001, 5.295814236329918,
        ];
        int rows = (3 * 8192) + 5;
        var cells = Enumerable.Range(0, rows).Select(i => new string?[] { i % 5 == 0 ? null : $"s{i}", i % 7 == 0 ? "a,\"b\"" : "x" }).ToList();
        var table = new CsvTable("t.csv", ["id", "label"], cells);
        double[] yi = [.. Enumerable.Range(0, rows).Select(i => edge[i % edge.Length])];
        double[] vi = [.. Enumerable.Range(0, rows).Select(i => i % 3 == 0 ? edge[(i / 3) % edge.Length] : 1.0 / (i + 1))];

        // When written by the block-parallel UTF-8 writer and by the text writer, row by row, with .NET's "R" text
        using var bytes = new MemoryStream();
        CsvWriter.Write(bytes, table, [0, 1], ["yi", "vi"], [yi, vi]);
        using var text = new StringWriter();
        CsvWriter.Write(text, ["id", "label", "yi", "vi"],
            Enumerable.Range(0, rows).Select(i => (IReadOnlyList<string?>)[table[i, 0], table[i, 1], CsvWriter.Number(yi[i]), CsvWriter.Number(vi[i])]));

        // Then the bytes are the same
        System.Text.Encoding.UTF8.GetString(bytes.ToArray()).ShouldBe(text.ToString());
    }

    [Fact]
    public void WriteUtf8_RandomTablesEveryColumn_IsTheTextWritersBytes()
    {
        // Rows copied whole from the file must be what writing their cells one by one gives, quoted cells or not.
        string[] cells = ["", "1", "x y", "\"q,1\"", "\"say \"\"hi\"\"\"", "\"\"", "\"plain\"", "\"two\nlines\"", "ü", "NA", " 2 "];
        var random = new Random(5);
        for (int n = 0; n < 500; n++)
        {
            int width = random.Next(1, 4), rows = random.Next(1, 30);
            var csv = string.Join(',', Enumerable.Range(0, width).Select(j => $"c{j}")) + "\n" + string.Concat(Enumerable.Range(0, rows)
                .Select(_ => string.Join(',', Enumerable.Range(0, width).Select(_ => cells[random.Next(cells.Length)])) + (random.Next(2) == 0 ? "\n" : "\r\n")));
            var table = CsvReader.Read(new StringReader(csv), "t.csv");
            double[] yi = [.. Enumerable.Range(0, table.RowCount).Select(i => i * 0.1)];
            var keep = Enumerable.Range(0, width).ToList();

            using var bytes = new MemoryStream();
            CsvWriter.Write(bytes, table, keep, ["yi"], [yi]);
            using var text = new StringWriter();
            CsvWriter.Write(text, [.. table.Columns, "yi"],
                Enumerable.Range(0, table.RowCount).Select(i => (IReadOnlyList<string?>)[.. keep.Select(j => table[i, j]), CsvWriter.Number(yi[i])]));

            System.Text.Encoding.UTF8.GetString(bytes.ToArray()).ShouldBe(text.ToString(), csv);
        }
    }
}
