using Spinewise.Fuzz;

namespace Spinewise.Cli.Tests;

/// <summary>A bounded slice of the fuzz campaign (docs/fuzzing.md): fixed seed, a few hundred inputs per entry point.</summary>
public sealed class FuzzSliceTests
{
    private const int Inputs = 200;
    private const ulong Seed = 11;

    public static TheoryData<string> EntryPointNames => ["case-json", "case-folder", "escalc-csv", "meta-csv", "knowledge-yaml"];

    [Theory]
    [MemberData(nameof(EntryPointNames))]
    public void Campaign_FixedSeedSlice_NoUnhandledExceptionUndocumentedExitOrHalfWrittenFile(string name)
    {
        using var entryPoints = new EntryPoints();
        var entry = entryPoints.All.Single(e => e.Name == name);

        var result = Campaign.Run(entry, Inputs, Seed, saveTo: null);

        result.Inputs.ShouldBe(Inputs);
        result.ExitCodes.Values.Sum().ShouldBe(Inputs - result.Failures.Count(f => f.StartsWith("unhandled", StringComparison.Ordinal)));
        result.Failures.ShouldBeEmpty(string.Join(Environment.NewLine, result.Failures.Distinct()));
    }

    [Fact]
    public void Campaign_AnEntryPointThatThrows_IsReportedAsUnhandled()
    {
        var entry = new EntryPoint("throws", [[1, 2, 3]], (_, bytes) => bytes.Length > 2 ? throw new InvalidOperationException("boom") : 0);

        var result = Campaign.Run(entry, 50, Seed, saveTo: null);

        result.Failures.ShouldNotBeEmpty();
        result.Failures.ShouldAllBe(f => f.StartsWith("unhandled InvalidOperationException: boom", StringComparison.Ordinal));
    }
}
