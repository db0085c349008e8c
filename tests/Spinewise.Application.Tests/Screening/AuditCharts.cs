using System.Text;
using Spinewise.Fhir;

namespace Spinewise.Application.Tests.Screening;

/// <summary>Small FHIR R4 charts for the audit tests: resource JSON for one patient, read as a Bundle.</summary>
internal static class AuditCharts
{
    public const string Cpt = "http://www.ama-assn.org/go/cpt";
    public const string Icd = "http://hl7.org/fhir/sid/icd-10-cm";

    public static FhirCaseMapper Mapper { get; } = new(Hosts.Shipped.Knowledge);

    public static string Patient(string id = "pat-1", string birthDate = "1970-03-01", string gender = "female") =>
        $$"""{ "resourceType": "Patient", "id": "{{id}}", "gender": "{{gender}}", "birthDate": "{{birthDate}}" }""";

    public static string Condition(string id, string code, string? onset, string verification = "confirmed", string patient = "pat-1") =>
        $$"""
        { "resourceType": "Condition", "id": "{{id}}",
          "clinicalStatus": { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active" } ] },
          "verificationStatus": { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": "{{verification}}" } ] },
          "code": { "coding": [ { "system": "{{Icd}}", "code": "{{code}}" } ] },
          {{(onset is null ? "" : $$""" "onsetDateTime": "{{onset}}", """)}}
          "subject": { "reference": "Patient/{{patient}}" } }
        """;

    public static string Procedure(string id, string cpt, string? performed, string status = "completed", string? outcome = null, int? relief = null, string patient = "pat-1") =>
        $$"""
        { "resourceType": "Procedure", "id": "{{id}}", "status": "{{status}}",
          "code": { "coding": [ { "system": "{{Cpt}}", "code": "{{cpt}}" } ] },
          {{(performed is null ? "" : $$""" "performedDateTime": "{{performed}}", """)}}
          {{(outcome is null ? "" : $$""" "outcome": { "coding": [ { "system": "urn:spinewise:fhir:history-outcome", "code": "{{outcome}}" } ] }, """)}}
          {{(relief is null ? "" : $$""" "extension": [ { "url": "urn:spinewise:fhir:relief-percent", "valueInteger": {{relief}} } ], """)}}
          "subject": { "reference": "Patient/{{patient}}" } }
        """;

    public static string Nprs(string id, string value, string unit, string effective, string patient = "pat-1") =>
        $$"""
        { "resourceType": "Observation", "id": "{{id}}", "status": "final",
          "code": { "coding": [ { "system": "http://loinc.org", "code": "72514-3" } ] },
          "subject": { "reference": "Patient/{{patient}}" }, "effectiveDateTime": "{{effective}}",
          "valueQuantity": { "value": {{value}}, "unit": "{{unit}}", "system": "http://unitsofmeasure.org", "code": "{{unit}}" } }
        """;

    public static FhirRecords Read(params string[] resources)
    {
        var entries = string.Join(",", resources.Select(r => "{ \"resource\": " + r + " }"));
        var read = Mapper.ReadBundle(Encoding.UTF8.GetBytes("{ \"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [" + entries + "] }"), "chart.json");
        read.Diagnostics.ShouldBeEmpty(string.Join(Environment.NewLine, read.Diagnostics));
        return read.Value;
    }
}
