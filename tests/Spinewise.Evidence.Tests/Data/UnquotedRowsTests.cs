using System.Text;
using Spinewise.Evidence.Data;

namespace Spinewise.Evidence.Tests.Data;

/// <summary>The parallel read of quote-free rows against the single pass it stands in for.</summary>
public sealed class UnquotedRowsTests
{
    /// <summary>Columns, then every cell, or the error message.</summary>
    private static List<string?> Outcome(string csv, int chunkBytes)
    {
        try
        {
            var table = CsvReader.Parse(Encoding.UTF8.GetBytes(csv), 0, "t.csv", chunkBytes);
            var cells = new List<string?> { string.Join('|', table.Columns), table.RowCount.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            for (int i = 0; i < table.RowCount; i++)
            {
                for (int j = 0; j < table.Columns.Count; j++)
                {
                    cells.Add(table[i, j]);
                }
            }

            return cells;
        }
        catch (CsvDataException ex)
        {
            return ["error", ex.Message];
        }
    }

    /// <summary>Quote-free CSV with blank lines, LF, CRLF and CR line ends, trailing commas, empty and spaced cells, rows of the wrong width, with or without a last line end.</summary>
    private static string RandomCsv(Random random)
    {
        string[] ends = ["\n", "\r\n", "\r", "\n\n"];
        string[] cells = ["", "1", "-2.5", "NA", " x ", "ü€", "12345678", "1e-300", "a b"];
        int width = random.Next(1, 5);
        var text = new StringBuilder(string.Join(',', Enumerable.Range(0, width).Select(j => $"c{j}")));
        int rows = random.Next(0, 40);
        for (int r = 0; r < rows; r++)
        {
            text.Append(ends[random.Next(ends.Length)]);
            int fields = random.Next(50) == 0 ? random.Next(1, width + 3) : width;
            text.Append(string.Join(',', Enumerable.Range(0, fields).Select(_ => cells[random.Next(cells.Length)])));
        }

        if (random.Next(2) == 0)
        {
            text.Append(ends[random.Next(ends.Length)]);
        }

        return text.ToString();
    }

    [Fact]
    public void Parse_RandomQuoteFreeFilesInSmallChunks_GivesTheSinglePassCellsAndErrors()
    {
        var random = new Random(42);
        for (int n = 0; n < 3000; n++)
        {
            var csv = RandomCsv(random);
            var expected = Outcome(csv, chunkBytes: 0);

            Outcome(csv, chunkBytes: random.Next(1, 60)).ShouldBe(expected, csv);
        }
    }

    [Fact]
    public void Parse_WrongWidthInALaterChunk_NamesItsLine()
    {
        var csv = "a,b\n" + string.Concat(Enumerable.Repeat("1,2\n", 100)) + "\n3\n4,5\n";

        Outcome(csv, chunkBytes: 16).ShouldBe(["error", "t.csv: line 103: 1 field(s) but the header has 2"]);
    }

    [Fact]
    public void Parse_QuotesAfterTheHeader_AreReadByTheSinglePass()
    {
        var csv = "a,b\n" + string.Concat(Enumerable.Repeat("1,2\n", 50)) + "\"x,y\",3\n";

        Outcome(csv, chunkBytes: 8)[^2].ShouldBe("x,y");
    }
}
