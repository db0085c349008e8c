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
}
