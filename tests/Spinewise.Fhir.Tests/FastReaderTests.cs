using System.Text;
using Spinewise.Fhir.Internal;
using Spinewise.Testing;

namespace Spinewise.Fhir.Tests;

/// <summary>
/// The fast reader against the Firely reader: the same records, mapping and unmapped codes on every example chart and
/// fixture (fixtures through <see cref="Charts.Map"/>); and malformed input reported with the element's FHIRPath.
/// </summary>
public sealed class FastReaderTests
{
    public static TheoryData<string> Examples =>
        new(Directory.GetFiles(Path.Combine(RepositoryPaths.Repository, "examples", "fhir"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Examples))]
    public void ExampleChart_FastReaderAcceptsItAndAgreesWithFirely(string name)
    {
        var json = File.ReadAllBytes(Path.Combine(RepositoryPaths.Repository, "examples", "fhir", name));

        Readers.FastAccepts(json).ShouldBeTrue();
        Readers.ShouldAgree(json, name);
        Readers.Describe(FirelyReader.Read(json, "chart.json", null, bundleOnly: true, withLines: true)).ShouldContain("\"Unmapped\"");
    }

    [Fact]
    public void Read_UnmappedCodesAndDisplays_AgreeWithFirely()
    {
        var condition = Charts.Condition("c2", "http://snomed.info/sct", "38341003").Replace("\"code\": \"38341003\"", "\"code\": \"38341003\", \"display\": \"Hypertension\"", StringComparison.Ordinal);
        var json = Charts.Bundle(Charts.Patient, condition, """{ "resourceType": "Condition", "id": "c3", "subject": { "reference": "Patient/pat-1" }, "code": { "text": "free text only" } }""");

        Readers.FastAccepts(json).ShouldBeTrue();
        Readers.ShouldAgree(json, "unmapped");
        Charts.Mapper.Map(Charts.Mapper.ReadBundle(json, "chart.json").Value, Charts.AsOf).Unmapped.ShouldBe(
        [
            new UnmappedCode("Condition/c2", "Bundle.entry[1].resource.code.coding[0]", "http://snomed.info/sct", "38341003", "Hypertension"),
            new UnmappedCode("Condition/c3", "Bundle.entry[2].resource.code", string.Empty, string.Empty, "free text only"),
        ]);
    }

    [Fact]
    public void Read_ElementsTheMappingReadsInEveryForm_AgreeWithFirely()
    {
        // Given every choice type and element the mapping reads, in resources with elements it does not read
        var json = Charts.Bundle(
            """{ "id": "pat-1", "resourceType": "Patient", "meta": { "lastUpdated": "2026-01-01T00:00:00Z" }, "text": { "status": "generated", "div": "<div xmlns=\"http://www.w3.org/1999/xhtml\">x</div>" }, "name": [ { "family": "Doe", "given": ["J"] } ], "gender": "male", "birthDate": "1960-02-29", "_birthDate": { "extension": [ { "url": "urn:x", "valueString": "y" } ] } }""",
            """{ "resourceType": "Condition", "id": "c1", "subject": { "reference": "Patient/pat-1" }, "clinicalStatus": { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active" } ] }, "code": { "coding": [ { "system": "urn:other", "code": "x" }, { "system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "M51.16", "display": "disc" } ] }, "onsetPeriod": { "start": "2025-01-15", "end": "2025-02" } }""",
            """{ "resourceType": "Observation", "id": "o1", "status": "amended", "code": { "coding": [ { "system": "http://loinc.org", "code": "72514-3" } ] }, "effectiveInstant": "2026-11-01T10:00:00.000+02:00", "valueInteger": 6, "subject": { "reference": "Patient/pat-1" } }""",
            """{ "resourceType": "Observation", "id": "o2", "status": "final", "code": { "coding": [ { "system": "http://loinc.org", "code": "72514-3" } ] }, "effectivePeriod": { "start": "2026-11-02" }, "valueString": "six" }""",
            """{ "resourceType": "Observation", "id": "o3", "status": "final", "code": { "coding": [ { "system": "http://loinc.org", "code": "39156-5" } ] }, "effectiveDateTime": "2026-11-03", "valueQuantity": { "value": 2.75e1, "unit": "kg/m2" } }""",
            """{ "resourceType": "Procedure", "id": "p1", "status": "completed", "subject": { "reference": "Patient/pat-1" }, "code": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "64483" } ] }, "performedPeriod": { "start": "2026-03-01", "end": "2026-05-01" }, "extension": [ { "url": "urn:other", "valueString": "x" }, { "url": "urn:spinewise:fhir:relief-percent", "valueInteger": 40 } ], "outcome": { "coding": [ { "system": "urn:spinewise:fhir:history-outcome", "code": "partial" } ] } }""",
            """{ "resourceType": "MedicationRequest", "id": "m1", "status": "active", "intent": "order", "subject": { "reference": "Patient/pat-1" }, "medicationCodeableConcept": { "coding": [ { "system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "1" } ] } }""",
            """{ "resourceType": "ServiceRequest", "id": "sr1", "status": "active", "intent": "proposal", "subject": { "reference": "Patient/pat-1" }, "code": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "64483" } ] } }""",
            """{ "resourceType": "Encounter", "id": "e1", "status": "finished", "class": { "code": "AMB" } }""");

        // Then the fast reader reads it and gives what Firely gives
        Readers.FastAccepts(json).ShouldBeTrue();
        Readers.ShouldAgree(json, "every form");
        var mapping = Charts.Mapper.Map(Charts.Mapper.ReadBundle(json, "chart.json").Value, Charts.AsOf);
        mapping.Draft.History.ShouldHaveSingleItem().ReliefPercent!.Value.Value.ShouldBe(40);
        mapping.Problems.ShouldHaveSingleItem().Message.ShouldContain("its value is a string, not a Quantity");
    }

    [Fact]
    public void Read_ResourceTypeNotFirst_IsRead()
    {
        var json = Charts.Bundle("""{ "id": "pat-1", "gender": "female", "resourceType": "Patient" }""");

        Readers.FastAccepts(json).ShouldBeTrue();
        Charts.Mapper.ReadBundle(json, "chart.json").Value.PatientId.ShouldBe("pat-1");
    }

    [Fact]
    public void Read_TruncatedJson_IsMalformedJsonWithItsLine()
    {
        var whole = Charts.Bundle(Charts.Patient, Charts.Condition("c1", "http://snomed.info/sct", "279039007"));

        var read = Charts.Mapper.ReadBundle(whole.AsSpan(0, whole.Length - 20), "chart.json");

        var error = read.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(FhirDiagnosticCodes.MalformedJson);
        error.Location.Line.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("\"birthDate\": \"1958-06-15\"", "\"birthDate\": 19580615", "Bundle.entry[0].resource.birthDate")]
    [InlineData("\"gender\": \"female\"", "\"gender\": [\"female\"]", "Bundle.entry[0].resource.gender")]
    [InlineData("\"gender\": \"female\"", "\"gender\": \"F\"", "Bundle.entry[0].resource.gender")]
    [InlineData("\"id\": \"pat-1\"", "\"id\": \"pat 1\"", "Bundle.entry[0].resource.id")]
    public void Read_WrongTypeOrValueInAResourceTheMappingReads_IsInvalidFhirAtTheElement(string from, string to, string path)
    {
        var read = Charts.Mapper.ReadBundle(Charts.Bundle(Charts.Patient.Replace(from, to, StringComparison.Ordinal)), "chart.json");

        read.Diagnostics.ShouldNotBeEmpty();
        read.Diagnostics.ShouldAllBe(d => d.Code == FhirDiagnosticCodes.InvalidFhir);
        read.Diagnostics.ShouldContain(d => d.Location.Path.StartsWith(path, StringComparison.Ordinal), string.Join("\n", read.Diagnostics));
    }

    [Fact]
    public void Read_MissingRequiredElement_IsInvalidFhir()
    {
        var observation = Charts.Observation("o1", "72514-3", "5", "{score}", "2026-11-20").Replace("\"status\": \"final\",", string.Empty, StringComparison.Ordinal);

        var read = Charts.Mapper.ReadBundle(Charts.Bundle(Charts.Patient, observation), "chart.json");

        read.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("status");
    }

    [Fact]
    public void Read_UnknownResourceType_IsInvalidFhirAtTheEntry()
    {
        var read = Charts.Mapper.ReadBundle(Charts.Bundle(Charts.Patient, """{ "resourceType": "Spine", "id": "s1" }"""), "chart.json");

        read.Diagnostics.ShouldNotBeEmpty();
        read.Diagnostics.ShouldContain(d => d.Location.Path == "Bundle.entry[1].resource" && d.Message.Contains("Spine", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_MissingResourceType_IsInvalidFhirAtTheEntry()
    {
        var read = Charts.Mapper.ReadBundle(Charts.Bundle(Charts.Patient, """{ "id": "s1", "status": "final" }"""), "chart.json");

        var error = read.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(FhirDiagnosticCodes.InvalidFhir);
        error.Location.Path.ShouldBe("Bundle.entry[1].resource");
        error.Message.ShouldContain("no resourceType");
    }

    [Fact]
    public void Read_HugeCodingArray_IsTooManyItemsAtTheArray()
    {
        var codings = string.Join(",", Enumerable.Repeat("""{ "system": "http://snomed.info/sct", "code": "1" }""", FastFhirReader.MaxItems + 1));
        var condition = $$"""{ "resourceType": "Condition", "id": "c1", "subject": { "reference": "Patient/pat-1" }, "code": { "coding": [{{codings}}] } }""";

        var read = Charts.Mapper.ReadBundle(Charts.Bundle(Charts.Patient, condition), "chart.json");

        var error = read.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(FhirDiagnosticCodes.TooManyItems);
        error.Location.Path.ShouldBe("Bundle.entry[1].resource.code.coding");
    }

    [Fact]
    public void Read_HugeEntryArray_IsTooManyItemsAtBundleEntry()
    {
        var read = Charts.Mapper.ReadBundle(Charts.Bundle([.. Enumerable.Repeat("""{ "resourceType": "Basic", "code": { "text": "x" } }""", FastFhirReader.MaxItems + 1)]), "chart.json");

        read.Diagnostics.ShouldHaveSingleItem().Location.Path.ShouldBe("Bundle.entry");
    }

    [Fact]
    public void Read_MaxItems_IsRead() =>
        Charts.Mapper.ReadBundle(Charts.Bundle([.. Enumerable.Repeat("""{ "resourceType": "Basic", "code": { "text": "x" } }""", FastFhirReader.MaxItems)]), "chart.json").IsSuccess.ShouldBeTrue();

    [Fact]
    public void Read_InvalidResourceOfATypeTheMappingDoesNotRead_IsNotChecked()
    {
        var encounter = """{ "resourceType": "Encounter", "id": "e1", "status": "nope", "colour": "red" }""";

        var read = Charts.Mapper.ReadBundle(Charts.Bundle(Charts.Patient, encounter), "chart.json");

        read.Diagnostics.ShouldBeEmpty();
        read.Value.Count.ShouldBe(1);
        Readers.ShouldAgree(Charts.Bundle(Charts.Patient, encounter), "unread types are not checked either way");
    }

    [Fact]
    public void Read_InvalidReadResourceBesideAnInvalidUnreadOne_ReportsTheReadOneOnly()
    {
        var encounter = """{ "resourceType": "Encounter", "id": "e1", "status": "nope" }""";

        var read = Charts.Mapper.ReadBundle(Charts.Bundle(encounter, Charts.Patient.Replace("1958-06-15", "1958-13-01", StringComparison.Ordinal)), "chart.json");

        read.Diagnostics.ShouldHaveSingleItem().Location.Path.ShouldBe("Bundle.entry[1].resource.birthDate");
    }

    [Fact]
    public void Read_TrailingContentAfterTheBundle_IsReadAsTheFirelyReaderReadsIt() =>
        Readers.ShouldAgree([.. Charts.Bundle(Charts.Patient), .. "{}"u8], "the Firely reader stops after the root object");

    [Fact]
    public void Read_NotAnObject_IsMalformedJson() =>
        Charts.Mapper.ReadBundle(Encoding.UTF8.GetBytes("[1, 2]"), "chart.json").Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(FhirDiagnosticCodes.MalformedJson);

    [Fact]
    public void Read_RootWithoutResourceType_IsInvalidFhir() =>
        Charts.Mapper.ReadBundle("""{ "type": "searchset" }"""u8, "chart.json").Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("no resourceType");
}
