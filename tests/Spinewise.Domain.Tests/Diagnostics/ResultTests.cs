using Spinewise.Domain.Diagnostics;

namespace Spinewise.Domain.Tests.Diagnostics;

public sealed class ResultTests
{
    private static readonly Diagnostic Problem = new("SW2005", new DiagnosticLocation("case.json", 3, 10, "$.age"), "121 is out of range");

    [Fact]
    public void Success_HasTheValueAndNoDiagnostics()
    {
        var result = Result<string>.Success("value");

        result.IsSuccess.ShouldBeTrue();
        result.Value.ShouldBe("value");
        result.TryGetValue(out var value).ShouldBeTrue();
        value.ShouldBe("value");
        result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Success_NullValue_Throws() => Should.Throw<ArgumentNullException>(() => Result<string>.Success(null!));

    [Fact]
    public void Failure_HasTheDiagnosticsAndNoValue()
    {
        var result = Result<string>.Failure([Problem]);

        result.IsSuccess.ShouldBeFalse();
        result.TryGetValue(out var value).ShouldBeFalse();
        value.ShouldBeNull();
        result.Diagnostics.ShouldBe([Problem]);
        Should.Throw<InvalidOperationException>(() => result.Value).Message.ShouldContain("case.json:3:10 $.age: 121 is out of range [SW2005]");
    }

    [Fact]
    public void Failure_NoDiagnostics_Throws() => Should.Throw<ArgumentException>(() => Result<string>.Failure([]));

    [Fact]
    public void Failure_NullDiagnostic_Throws() => Should.Throw<ArgumentException>(() => Result<string>.Failure([Problem, null!]));

    [Fact]
    public void Failure_CopiesTheDiagnostics()
    {
        var list = new List<Diagnostic> { Problem };
        var result = Result<int>.Failure(list);

        list.Clear();

        result.Diagnostics.ShouldHaveSingleItem();
    }

    [Fact]
    public void AsFailure_KeepsTheDiagnostics_AndRefusesASuccess()
    {
        Result<string>.Failure([Problem]).AsFailure<int>().Diagnostics.ShouldBe([Problem]);
        Should.Throw<InvalidOperationException>(() => Result<string>.Success("x").AsFailure<int>());
    }
}
