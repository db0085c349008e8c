using System.Text;
using Spinewise.Domain;
using Spinewise.Testing;

namespace Spinewise.Fhir.Tests;

/// <summary>Small FHIR R4 charts for tests: a Bundle around resource JSON, read and mapped on 2026-12-01.</summary>
internal static class Charts
{
    public static readonly DateOnly AsOf = new(2026, 12, 1);

    public static KnowledgeBase Kb => ShippedKnowledge.Value;

    public static FhirCaseMapper Mapper { get; } = new(ShippedKnowledge.Value);

    public const string Patient = """{ "resourceType": "Patient", "id": "pat-1", "gender": "female", "birthDate": "1958-06-15" }""";

    public static byte[] Bundle(params string[] resources) => TypedBundle("searchset", resources);

    public static byte[] TypedBundle(string type, params string[] resources)
    {
        var entries = string.Join(",", resources.Select(r => "{ \"resource\": " + r + " }"));
        var entry = resources.Length == 0 ? string.Empty : ", \"entry\": [" + entries + "]";
        return Encoding.UTF8.GetBytes("{ \"resourceType\": \"Bundle\", \"type\": \"" + type + "\"" + entry + " }");
    }

    public static string Condition(string id, string system, string code, string clinical = "active", string verification = "confirmed", string? onset = null) =>
        $$"""
        { "resourceType": "Condition", "id": "{{id}}",
          {{(clinical.Length > 0 ? $$""" "clinicalStatus": { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "{{clinical}}" } ] }, """ : "")}}
          "verificationStatus": { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": "{{verification}}" } ] },
          "code": { "coding": [ { "system": "{{system}}", "code": "{{code}}" } ] },
          {{(onset is null ? "" : $$""" "onsetDateTime": "{{onset}}", """)}}
          "subject": { "reference": "Patient/pat-1" } }
        """;

    public static string Observation(string id, string loinc, string value, string unit, string effective, string status = "final") =>
        $$"""
        { "resourceType": "Observation", "id": "{{id}}", "status": "{{status}}",
          "code": { "coding": [ { "system": "http://loinc.org", "code": "{{loinc}}" } ] },
          "subject": { "reference": "Patient/pat-1" }, "effectiveDateTime": "{{effective}}",
          "valueQuantity": { "value": {{value}}, "unit": "{{unit}}", "system": "http://unitsofmeasure.org", "code": "{{unit}}" } }
        """;

    public static string Procedure(string id, string cpt, string status = "completed", string? performed = null, string? outcome = null) =>
        $$"""
        { "resourceType": "Procedure", "id": "{{id}}", "status": "{{status}}",
          "code": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{{cpt}}" } ] },
          {{(performed is null ? "" : $$""" "performedDateTime": "{{performed}}", """)}}
          {{(outcome is null ? "" : $$""" "outcome": { "coding": [ { "system": "urn:spinewise:fhir:history-outcome", "code": "{{outcome}}" } ] }, """)}}
          "subject": { "reference": "Patient/pat-1" } }
        """;

    public static string Order(string id, string cpt, string status = "draft", string intent = "order") =>
        $$"""
        { "resourceType": "ServiceRequest", "id": "{{id}}", "status": "{{status}}", "intent": "{{intent}}",
          "code": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{{cpt}}", "display": "label" } ] },
          "subject": { "reference": "Patient/pat-1" } }
        """;

    /// <summary>Reads and maps a chart; every chart mapped here is also read by the Firely reader alone, which must agree.</summary>
    public static FhirMapping Map(params string[] resources)
    {
        var json = Bundle(resources);
        Readers.FastAccepts(json).ShouldBeTrue("the fast reader reads the fixture without falling back");
        Readers.ShouldAgree(json, "the fast and the Firely reader give the same mapping");
        var read = Mapper.ReadBundle(json, "chart.json");
        read.Diagnostics.ShouldBeEmpty(string.Join(Environment.NewLine, read.Diagnostics));
        return Mapper.Map(read.Value, AsOf);
    }
}
