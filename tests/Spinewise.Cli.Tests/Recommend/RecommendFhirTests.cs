using System.Text;
using Spinewise.Testing;

namespace Spinewise.Cli.Tests.Recommend;

public sealed class RecommendFhirTests
{
    private static string Chart(string name) => Path.Combine(RepositoryPaths.Repository, "examples", "fhir", name + ".json");

    [Fact]
    public void Fhir_Json_HasDecisionCaseAndUnmapped()
    {
        var run = CliRun.Of("recommend", "--fhir", Chart("disc-herniation-tfesi"), "--as-of", "2026-12-01", "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        var json = run.Json();
        json.GetProperty("decision").GetProperty("caseId").GetString().ShouldBe("disc-herniation-tfesi");
        json.GetProperty("case").GetProperty("sex").GetString().ShouldBe("male");
        json.GetProperty("unmapped").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public void Fhir_Text_IsTheSummaryOfTheMappedCase()
    {
        var fhir = CliRun.Of("recommend", "--fhir", Chart("facet-axial-rfa-no-block"), "--as-of", "2026-12-01");

        fhir.ExitCode.ShouldBe(0, fhir.Error);
        fhir.Out.ShouldContain("facet-axial-rfa-no-block");
        fhir.Out.ShouldContain("lumbar-rfa", Case.Insensitive);
    }

    [Fact]
    public void Fhir_InvalidBundle_ExitsBadInputNamingTheElement()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, File.ReadAllText(Chart("disc-herniation-tfesi")).Replace("\"gender\": \"male\"", "\"gender\": \"man\"", StringComparison.Ordinal), Encoding.UTF8);
        try
        {
            var run = CliRun.Of("recommend", "--fhir", path, "--as-of", "2026-12-01");

            run.ExitCode.ShouldBe(2);
            run.Error.ShouldContain("Bundle.entry[0].resource.gender");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Fhir_WithCase_IsAUsageError() =>
        CliRun.Of("recommend", "--fhir", Chart("no-back-pain"), "--case", Chart("no-back-pain")).ExitCode.ShouldBe(2);
}
