using System.Text.Json;
using Spinewise.Application.Evaluations;
using Spinewise.Application.Json;
using Spinewise.Application.Screening;
using Spinewise.Testing;

namespace Spinewise.Application.Tests.Screening;

public sealed class ScreeningLineTests
{
    public static TheoryData<string> Charts() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Repository, "examples", "fhir"), "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Charts))]
    public void Writer_ExampleChart_WritesTheBytesOfTheSerialisedRecord(string chart)
    {
        // Given: an example chart, evaluated
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.Repository, "examples", "fhir", chart + ".json"));
        var evaluation = new EvaluateFhirBundle(Hosts.Shipped).Execute(bytes, chart + ".json", new DateOnly(2026, 11, 20)).TryGetValue(out var value, out _)
            ? value : throw new InvalidOperationException(chart);

        // When: written straight from the report, and as the record
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, ScreeningLineWriter.Options))
        {
            ScreeningLineWriter.Write(writer, "p-1", evaluation.Evaluation.Report, evaluation.Mapping.Unmapped);
        }

        var record = JsonSerializer.Serialize(ScreeningLine.From("p-1", evaluation.Evaluation.Report, evaluation.Mapping.Unmapped), ContractJson.Wire);

        // Then
        System.Text.Encoding.UTF8.GetString(buffer.ToArray()).ShouldBe(record);
        var line = JsonDocument.Parse(record).RootElement;
        line.GetProperty("interventions").GetArrayLength().ShouldBe(evaluation.Evaluation.Report.Interventions.Count);
        line.GetProperty("unmapped").GetArrayLength().ShouldBe(evaluation.Mapping.Unmapped.Count);
    }

    [Fact]
    public void Line_FacetRfaWithoutBlock_HoldsTheStatusesStancesAndConflictsOfTheAnswer()
    {
        // Given: the answer's contract of the same chart, as the reference
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.Repository, "examples", "fhir", "facet-axial-rfa-no-block.json"));
        var evaluation = new EvaluateFhirBundle(Hosts.Shipped).Execute(bytes, "chart.json", new DateOnly(2026, 11, 20)).TryGetValue(out var value, out _)
            ? value : throw new InvalidOperationException("chart");
        var decision = evaluation.Contract.Decision;
        var applies = decision.Applicability.Where(g => g.Applies == Domain.Decisions.Applicability.Yes).SelectMany(g => g.Recommendations).ToHashSet(StringComparer.Ordinal);

        // When
        var line = ScreeningLine.From("p-1", evaluation.Evaluation.Report, evaluation.Mapping.Unmapped);

        // Then
        line.Interventions.Select(i => (i.Intervention, i.Status, string.Join(';', i.Because)))
            .ShouldBe(decision.Interventions.Select(i => (i.Intervention, i.Status, string.Join(';', i.Because))));
        foreach (var (ours, theirs) in line.Interventions.Zip(decision.Interventions))
        {
            ours.Applicable.Select(s => s.Recommendation).ShouldBe(theirs.Recommendations.Where(r => applies.Contains(r.Id)).Select(r => r.Id));
            ours.Conflicts.Count.ShouldBe(theirs.Conflicts.Count);
        }

        line.Interventions.SelectMany(i => i.Applicable).ShouldNotBeEmpty();
        line.Interventions.SelectMany(i => i.Conflicts).ShouldNotBeEmpty();
        line.AskNext.Select(q => q.Criterion).ShouldBe(decision.AskNext.Select(q => q.Criterion));
    }
}
