using System.Globalization;
using System.Text.Json;
using Spinewise.Domain.Cases;
using Spinewise.Domain.Codes;

namespace Spinewise.Fhir.Internal;

/// <summary>Writes the resources of a collection Bundle, one entry each, with ids <c>c1</c>, <c>o1</c>, <c>p1</c>, ….</summary>
internal sealed class BundleWriter
{
    private const string Clinical = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    private const string Verification = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    private readonly Utf8JsonWriter _json;
    private readonly string _patient;
    private int _count;

    public BundleWriter(Utf8JsonWriter json, string id)
    {
        (_json, _patient) = (json, id);
        _json.WriteStartObject();
        _json.WriteString("resourceType", "Bundle");
        _json.WriteString("id", id);
        _json.WriteString("type", "collection");
        _json.WriteStartArray("entry");
    }

    public void Patient(string id, Sex? sex, DateOnly? birthDate)
    {
        Begin("Patient", id);
        if (sex is { } s)
        {
            _json.WriteString("gender", s.ToString().ToLowerInvariant());
        }

        if (birthDate is { } b)
        {
            _json.WriteString("birthDate", Date(b));
        }

        EndEntry();
    }

    public void Condition(CodeMapEntry code, bool refuted, DateOnly? onset)
    {
        Begin("Condition", $"c{++_count}");
        if (!refuted)
        {
            Concept("clinicalStatus", Clinical, "active", null);
        }

        Concept("verificationStatus", Verification, refuted ? "refuted" : "confirmed", null);
        Concept("code", code.System, code.Code, code.Display);
        Subject();
        if (onset is { } o)
        {
            _json.WriteString("onsetDateTime", Date(o));
        }

        EndEntry();
    }

    public void Observation(CodeMapEntry code, double value, string unit, DateOnly effective)
    {
        Begin("Observation", $"o{++_count}");
        _json.WriteString("status", "final");
        Concept("code", code.System, code.Code, code.Display);
        Subject();
        _json.WriteString("effectiveDateTime", Date(effective));
        _json.WriteStartObject("valueQuantity");
        _json.WriteNumber("value", (decimal)value);
        _json.WriteString("unit", unit);
        _json.WriteString("system", CodeSystems.Ucum);
        _json.WriteString("code", unit);
        _json.WriteEndObject();
        EndEntry();
    }

    public void Procedure(CodeMapEntry code, string status, DateOnly? start, DateOnly? end, string? outcome, double? reliefPercent)
    {
        Begin("Procedure", $"p{++_count}");
        if (reliefPercent is { } relief)
        {
            _json.WriteStartArray("extension");
            _json.WriteStartObject();
            _json.WriteString("url", FhirExtensions.ReliefPercentUrl);
            _json.WriteNumber("valueDecimal", (decimal)relief);
            _json.WriteEndObject();
            _json.WriteEndArray();
        }

        _json.WriteString("status", status);
        Concept("code", code.System, code.Code, code.Display);
        Subject();
        if (start is { } s && end is { } e)
        {
            _json.WriteStartObject("performedPeriod");
            _json.WriteString("start", Date(s));
            _json.WriteString("end", Date(e));
            _json.WriteEndObject();
        }
        else if (start is { } only)
        {
            _json.WriteString("performedDateTime", Date(only));
        }

        if (outcome is not null)
        {
            Concept("outcome", FhirExtensions.HistoryOutcomeSystem, outcome, null);
        }

        EndEntry();
    }

    public void End()
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
    }

    private void Begin(string type, string id)
    {
        _json.WriteStartObject();
        _json.WriteStartObject("resource");
        _json.WriteString("resourceType", type);
        _json.WriteString("id", id);
    }

    private void EndEntry()
    {
        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    private void Subject()
    {
        _json.WriteStartObject("subject");
        _json.WriteString("reference", $"Patient/{_patient}");
        _json.WriteEndObject();
    }

    private void Concept(string name, string system, string code, string? display)
    {
        _json.WriteStartObject(name);
        _json.WriteStartArray("coding");
        _json.WriteStartObject();
        _json.WriteString("system", system);
        _json.WriteString("code", code);
        if (display is not null && system != CodeSystems.Cpt) // CPT descriptors are the AMA's: never written
        {
            _json.WriteString("display", display);
        }

        _json.WriteEndObject();
        _json.WriteEndArray();
        _json.WriteEndObject();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
