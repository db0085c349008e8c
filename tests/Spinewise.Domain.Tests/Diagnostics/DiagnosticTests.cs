using Spinewise.Domain.Diagnostics;

namespace Spinewise.Domain.Tests.Diagnostics;

public sealed class DiagnosticTests
{
    [Theory]
    [InlineData(3, 10, "$.age", "case.json:3:10 $.age: bad [SW2005]")]
    [InlineData(1, 1, "", "case.json:1:1: bad [SW2005]")]
    [InlineData(null, null, "Condition/123.code", "case.json Condition/123.code: bad [SW2005]")]
    [InlineData(7, null, "row 6, column yi", "case.json:7 row 6, column yi: bad [SW2005]")]
    public void ToString_LeavesOutWhatIsNotKnown(int? line, int? column, string path, string expected) =>
        new Diagnostic("SW2005", new DiagnosticLocation("case.json", line, column, path), "bad").ToString().ShouldBe(expected);

    [Fact]
    public void ToString_EscapesControlCharacters() =>
        new Diagnostic("SW2004", new DiagnosticLocation("case.json", 1, 2, "$.a\u001b"), "unknown key 'a\u001b'").ToString()
            .ShouldBe("case.json:1:2 $.a\\u001b: unknown key 'a\\u001b' [SW2004]");

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    [InlineData(null, 1)]
    public void Location_BadLineOrColumn_Throws(int? line, int? column) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new DiagnosticLocation("f", line, column, string.Empty));

    [Fact]
    public void Construction_BlankCode_Throws() =>
        Should.Throw<ArgumentException>(() => new Diagnostic(" ", new DiagnosticLocation("f", "p"), "m"));
}
