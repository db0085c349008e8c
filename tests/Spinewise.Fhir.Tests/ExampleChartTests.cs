using System.Text;
using System.Text.Json.Nodes;
using Spinewise.Domain.Cases;
using Spinewise.Testing;

namespace Spinewise.Fhir.Tests;

/// <summary>
/// The FHIR example charts in <c>examples/fhir/</c> are written from the example cases by <see cref="CaseToFhir"/>,
/// with the resources a case cannot say (the order, an active discitis) added; this test keeps them in step and checks
/// what each maps to. Set <c>SPINEWISE_UPDATE_EXAMPLES=1</c> to rewrite them.
/// </summary>
public sealed class ExampleChartTests
{
    private const string Condition = """
        { "resourceType": "Condition", "id": "{0}",
          "clinicalStatus": { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active" } ] },
          "verificationStatus": { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": "confirmed" } ] },
          "code": { "coding": [ { "system": "{1}", "code": "{2}", "display": "{3}" } ] }, "subject": { "reference": "Patient/{4}" } }
        """;

    private const string Order = """
        { "resourceType": "ServiceRequest", "id": "order-1", "status": "draft", "intent": "order",
          "code": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{0}" } ] }, "subject": { "reference": "Patient/{1}" } }
        """;

    public static TheoryData<string> Names => new(Examples.Select(e => e.Name));

    private static readonly (string Name, string Case, string? Cpt, string? Edit, string[] Extra)[] Examples =
    [
        ("stenosis-claudication-pild", "stenosis-claudication", "0275T", null, []),
        ("facet-axial-rfa-no-block", "facet-axial-no-block", "64635", null, []),
        ("disc-herniation-tfesi", "disc-herniation-radicular", "64483", null, []),
        ("cancer-esi", "cancer-related-pain", "62323", """{ "conditions": ["cancer", "low-back-pain"] }""", []),
        ("active-infection-esi", "stenosis-active-infection", "62323", """{ "ruledOut": ["cancer"] }""", ["http://hl7.org/fhir/sid/icd-10-cm|M46.46"]),
        ("no-back-pain", "sparse", null, """{ "conditions": ["osteoporosis"], "findings": { "bmi": 24 } }""", []),
    ];

    [Theory]
    [MemberData(nameof(Names))]
    public void ExampleChart_IsWrittenFromItsCase(string name)
    {
        var expected = Generate(name);
        var path = Path.Combine(RepositoryPaths.Repository, "examples", "fhir", name + ".json");
        if (Environment.GetEnvironmentVariable("SPINEWISE_UPDATE_EXAMPLES") == "1")
        {
            File.WriteAllText(path, expected);
        }

        File.ReadAllText(path).ReplaceLineEndings("\n").ShouldBe(expected);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void ExampleChart_MapsToAValidCase(string name)
    {
        var example = Examples.Single(e => e.Name == name);
        var read = Charts.Mapper.ReadBundle(File.ReadAllBytes(Path.Combine(RepositoryPaths.Repository, "examples", "fhir", name + ".json")), name + ".json");
        read.Diagnostics.ShouldBeEmpty();

        var mapping = Charts.Mapper.Map(read.Value, Charts.AsOf);

        CaseValidator.Validate(mapping.Draft, Charts.Kb).Diagnostics.ShouldBeEmpty();
        mapping.Problems.ShouldBeEmpty();
        mapping.Unmapped.ShouldBeEmpty();
        mapping.HasLowBackPain.ShouldBe(example.Cpt is not null);
        mapping.Orders.Select(o => o.Code).ShouldBe(example.Cpt is null ? [] : [example.Cpt]);
        mapping.Orders.ShouldAllBe(o => o.InterventionId != null);
    }

    private static string Generate(string name)
    {
        var example = Examples.Single(e => e.Name == name);
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Repository, "examples", "cases", example.Case + ".json")))!.AsObject();
        foreach (var (key, value) in example.Edit is null ? [] : JsonNode.Parse(example.Edit)!.AsObject().ToList())
        {
            json[key] = value?.DeepClone();
        }

        json["id"] = name;
        var patientCase = CaseJsonReader.Read(Encoding.UTF8.GetBytes(json.ToJsonString()), example.Case, Charts.Kb).Value;
        var bundle = JsonNode.Parse(CaseToFhir.Write(patientCase, Charts.Kb))!.AsObject();
        var entries = bundle["entry"]!.AsArray();
        var n = 0;
        foreach (var extra in example.Extra)
        {
            var (system, code) = (extra.Split('|')[0], extra.Split('|')[1]);
            var display = Charts.Kb.Codes.Find(system, code)!.Display;
            entries.Add(new JsonObject { ["resource"] = JsonNode.Parse(Format(Condition, $"extra-{++n}", system, code, display, name)) });
        }

        if (example.Cpt is { } cpt)
        {
            Charts.Kb.Codes.Find(Domain.Codes.CodeSystems.Cpt, cpt).ShouldNotBeNull(); // CPT descriptors are the AMA's: the order carries the code only
            entries.Add(new JsonObject { ["resource"] = JsonNode.Parse(Format(Order, cpt, name)) });
        }

        return bundle.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static string Format(string template, params string[] values)
    {
        var text = template;
        for (var i = 0; i < values.Length; i++)
        {
            text = text.Replace("{" + i + "}", values[i].Replace("\"", "\\\"", StringComparison.Ordinal), StringComparison.Ordinal);
        }

        return text;
    }
}
