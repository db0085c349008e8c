using System.Text;
using Spinewise.Domain.Cases;
using Spinewise.Domain.Diagnostics;
using Spinewise.Testing;

namespace Spinewise.Domain.Tests.Cases;

public sealed class CaseReaderBadBytesTests
{
    private static Result<PatientCase> Read(byte[] bytes) => CaseJsonReader.Read(bytes, "case.json", ShippedKnowledge.Value);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Theory]
    [InlineData("{\"id\": \"a\u00ff\"}", 10)]
    [InlineData("{\n \"i\u00ffd\": \"x\"}", 4)]
    [InlineData("{\"id\": \"x\", \"conditions\": [\"\u00ff\"]}", 29)]
    public void Read_NonUtf8Byte_IsNotUtf8AtTheToken(string latin1, int column)
    {
        var bytes = Encoding.Latin1.GetBytes(latin1);

        var d = Read(bytes).Diagnostics.ShouldHaveSingleItem();

        d.Code.ShouldBe(CaseDiagnosticCodes.NotUtf8);
        d.Location.Column.ShouldBe(column);
        d.Message.ShouldContain("not UTF-8");
    }

    [Theory]
    [InlineData("""{"id": "\ud800"}""")]
    [InlineData("""{"id": "x", "\udfff": 1}""")]
    public void Read_LoneSurrogateEscape_IsNotUtf8(string json)
    {
        var d = Read(Utf8(json)).Diagnostics.ShouldHaveSingleItem();

        d.Code.ShouldBe(CaseDiagnosticCodes.NotUtf8);
        d.Message.ShouldContain("lone surrogate");
    }

    [Theory]
    [InlineData("utf-16", "UTF-16 (little-endian)")]
    [InlineData("utf-16LE", "UTF-16 (little-endian)")]
    [InlineData("utf-16BE", "UTF-16 (big-endian)")]
    [InlineData("utf-32", "UTF-32")]
    public void Read_Utf16OrUtf32_SaysSaveAsUtf8(string encoding, string named)
    {
        var text = Encoding.GetEncoding(encoding);
        byte[] bytes = [.. text.GetPreamble(), .. text.GetBytes("""{ "id": "x" }""")];

        var d = Read(bytes).Diagnostics.ShouldHaveSingleItem();

        (d.Code, d.Location.Line, d.Location.Column).ShouldBe((CaseDiagnosticCodes.NotUtf8, 1, 1));
        d.Message.ShouldBe($"the file is {named}, not UTF-8; save it as UTF-8");
    }

    [Fact]
    public void Read_ManyUnknownIds_ListsTwentyThenCountsTheRest()
    {
        var ids = string.Join(", ", Enumerable.Range(0, 5000).Select(i => $"\"bad-{i}\""));

        var diagnostics = Read(Utf8($$"""{"id": "x", "conditions": [{{ids}}]}""")).Diagnostics;

        diagnostics.Count.ShouldBe(21);
        diagnostics.Take(20).ShouldAllBe(d => d.Code == CaseDiagnosticCodes.UnknownId && d.Message.StartsWith("unknown condition"));
        diagnostics[20].Message.ShouldStartWith("… and 4,980 more of SW2006");
        diagnostics[20].Code.ShouldBe(CaseDiagnosticCodes.UnknownId);
    }

    [Fact]
    public void Read_MoreThanAHundredThousandValues_IsTooLargeAndKeepsNoTree()
    {
        var items = string.Join(",", Enumerable.Repeat("1", 150_000));

        var d = Read(Utf8("{\"id\": \"x\", \"findings\": {\"nprs\": [" + items + "]}}")).Diagnostics.ShouldHaveSingleItem();

        d.Code.ShouldBe(CaseDiagnosticCodes.TooLarge);
    }

    [Fact]
    public void Read_TooLargeButMalformed_ReportsTheMalformedJson()
    {
        var items = string.Join(",", Enumerable.Repeat("1", 150_000));

        var d = Read(Utf8($$"""{"id": "x", "a": [{{items}},]}""")).Diagnostics.ShouldHaveSingleItem();

        d.Code.ShouldBe(CaseDiagnosticCodes.MalformedJson);
    }

    [Fact]
    public void ToString_ControlCharactersInAKey_AreEscaped()
    {
        var d = Read(Utf8("{\"id\": \"x\", \"\\u001b[2J\": 1}")).Diagnostics.ShouldHaveSingleItem();

        d.Location.Path.ShouldContain("\u001b");
        d.ToString().ShouldNotContain("\u001b");
        d.ToString().ShouldContain("\\u001b[2J");
    }
}
