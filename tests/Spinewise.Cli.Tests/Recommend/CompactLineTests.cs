using System.Text;
using System.Text.Json;
using Spinewise.Application.Json;
using Spinewise.Application.Screening;
using Spinewise.Domain.Cases;
using Spinewise.Domain.Decisions;
using Spinewise.Testing;

namespace Spinewise.Cli.Tests.Recommend;

/// <summary><c>recommend --cases DIR --line compact</c>: per case the screening's compact line, in file order.</summary>
public sealed class CompactLineTests
{
    private static readonly string Examples = Path.Combine(RepositoryPaths.Repository, "examples", "cases");

    [Fact]
    public void Compact_EachLineIsTheScreeningLineOfThatCasesReport()
    {
        var output = Path.Combine(Path.GetTempPath(), $"spinewise-{Guid.NewGuid():N}.ndjson");
        try
        {
            var run = CliRun.Of("recommend", "--cases", Examples, "--out", output, "--as-of", "2026-12-01", "--line", "compact");

            run.ExitCode.ShouldBe(0, run.Error);
            var lines = File.ReadAllLines(output);
            var files = Directory.GetFiles(Examples, "*.json").Order(StringComparer.Ordinal).ToList();
            lines.Length.ShouldBe(files.Count);
            var kb = ShippedKnowledge.Value;
            var engine = DecisionEngine.Compile(kb);
            for (var i = 0; i < files.Count; i++)
            {
                var patient = CaseJsonReader.Read(File.ReadAllBytes(files[i]), files[i], kb).Value;
                var report = engine.Evaluate(patient, new DateOnly(2026, 12, 1));
                var expected = JsonSerializer.Serialize(ScreeningLine.From(patient.Id, report, []), ContractJson.Wire);
                lines[i].ShouldBe(expected, Path.GetFileName(files[i]));
            }
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Theory]
    [InlineData("brief")]
    [InlineData("")]
    public void Compact_BadLineValue_IsExitTwoNamingTheChoices(string value)
    {
        var run = CliRun.Of("recommend", "--cases", Examples, "--out", Path.Combine(Path.GetTempPath(), $"spinewise-{Guid.NewGuid():N}.ndjson"), "--line", value);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("full, compact");
    }
}
