namespace Spinewise.Application.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Assembly_Loads() => typeof(SmokeTests).Assembly.ShouldNotBeNull();
}
