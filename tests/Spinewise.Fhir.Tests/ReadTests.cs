using System.Text;
using System.Text.Json;

namespace Spinewise.Fhir.Tests;

public sealed class ReadTests
{
    [Fact]
    public void ReadBundle_Searchset_ReadsTheResourcesTheMappingUses()
    {
        var read = Charts.Mapper.ReadBundle(Charts.Bundle(Charts.Patient, Charts.Condition("c1", "http://snomed.info/sct", "279039007"),
            """{ "resourceType": "Encounter", "id": "e1", "status": "finished", "class": { "code": "AMB" } }"""), "chart.json");

        read.Diagnostics.ShouldBeEmpty();
        read.Value.Count.ShouldBe(2);
        read.Value.PatientId.ShouldBe("pat-1");
        read.Value.CountOf("Condition").ShouldBe(1);
    }

    [Theory]
    [InlineData("collection")]
    [InlineData("transaction")]
    public void ReadBundle_CollectionOrTransaction_IsRead(string type) =>
        Charts.Mapper.ReadBundle(Charts.TypedBundle(type, Charts.Patient), "chart.json").IsSuccess.ShouldBeTrue();

    [Fact]
    public void ReadBundle_HistoryBundle_IsRejectedAtItsType()
    {
        var read = Charts.Mapper.ReadBundle(Charts.TypedBundle("history", Charts.Patient), "chart.json");

        var error = read.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(FhirDiagnosticCodes.UnexpectedResource);
        error.Location.Path.ShouldBe("Bundle.type");
    }

    [Fact]
    public void ReadBundle_UnknownElement_NamesTheResourceAndTheElement()
    {
        var condition = Charts.Condition("c7", "http://snomed.info/sct", "279039007").Replace("\"subject\":", "\"colour\": \"red\", \"subject\":", StringComparison.Ordinal);

        var read = Charts.Mapper.ReadBundle(Charts.Bundle(Charts.Patient, condition), "chart.json");

        var error = read.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(FhirDiagnosticCodes.InvalidFhir);
        error.Location.File.ShouldBe("chart.json");
        error.Location.Path.ShouldBe("Bundle.entry[1].resource.colour");
        error.Location.Line.ShouldNotBeNull();
        error.Message.ShouldStartWith("Condition/c7: invalid FHIR R4");
        error.Message.ShouldContain("colour");
    }

    [Fact]
    public void ReadBundle_BadPrimitiveAndBadCode_AreEachReported()
    {
        var patient = Charts.Patient.Replace("1958-06-15", "yesterday", StringComparison.Ordinal);
        var procedure = Charts.Procedure("p1", "64483", status: "finished");

        var read = Charts.Mapper.ReadBundle(Charts.Bundle(patient, procedure), "chart.json");

        read.Diagnostics.Count.ShouldBe(2, string.Join(Environment.NewLine, read.Diagnostics));
        read.Diagnostics.ShouldContain(d => d.Location.Path == "Bundle.entry[0].resource.birthDate" && d.Message.StartsWith("Patient/pat-1:", StringComparison.Ordinal));
        read.Diagnostics.ShouldContain(d => d.Location.Path == "Bundle.entry[1].resource.status" && d.Message.StartsWith("Procedure/p1:", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadBundle_MalformedJson_IsReportedWithItsLine()
    {
        var read = Charts.Mapper.ReadBundle("{ \"resourceType\": \"Bundle\",\n  \"type\": }"u8, "chart.json");

        var error = read.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(FhirDiagnosticCodes.MalformedJson);
        error.Location.Line.ShouldBe(2);
    }

    [Fact]
    public void ReadBundle_WithByteOrderMark_IsRead() =>
        Charts.Mapper.ReadBundle([.. "\uFEFF"u8, .. Charts.Bundle(Charts.Patient)], "chart.json").Value.PatientId.ShouldBe("pat-1");

    [Fact]
    public void ReadBundle_SingleResource_IsNotABundle() =>
        Charts.Mapper.ReadBundle(Encoding.UTF8.GetBytes(Charts.Patient), "chart.json").Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(FhirDiagnosticCodes.UnexpectedResource);

    [Fact]
    public void ReadResources_SingleDraftOrder_IsRead()
    {
        var read = Charts.Mapper.ReadResources(Encoding.UTF8.GetBytes(Charts.Order("sr1", "64483")), "context.draftOrders");

        read.Value.CountOf("ServiceRequest").ShouldBe(1);
        Charts.Mapper.Map(read.Value, Charts.AsOf).Orders.ShouldHaveSingleItem().Reference.ShouldBe("ServiceRequest/sr1");
    }

    [Fact]
    public void ReadPrefetch_NullValue_IsSkippedNotData()
    {
        using var prefetch = JsonDocument.Parse($$"""{ "patient": {{Charts.Patient}}, "conditions": null, "procedures": {{Encoding.UTF8.GetString(Charts.Bundle())}} }""");

        var read = Charts.Mapper.ReadPrefetch(prefetch.RootElement, "request body");

        read.Diagnostics.ShouldBeEmpty();
        read.Value.Count.ShouldBe(1);
        read.Value.PatientId.ShouldBe("pat-1");
    }

    [Fact]
    public void ReadPrefetch_InvalidResource_IsReportedUnderItsPrefetchKey()
    {
        var condition = Charts.Condition("c1", "http://snomed.info/sct", "279039007", onset: "soon");
        using var prefetch = JsonDocument.Parse($$"""{ "conditions": {{Encoding.UTF8.GetString(Charts.Bundle(condition))}} }""");

        var read = Charts.Mapper.ReadPrefetch(prefetch.RootElement, "request body");

        read.Diagnostics.ShouldNotBeEmpty();
        read.Diagnostics.ShouldAllBe(d => d.Location.Path.StartsWith("prefetch.conditions.entry[0].resource", StringComparison.Ordinal) && d.Location.File == "request body");
    }

    [Fact]
    public void ReadPrefetch_SingleResource_IsLocatedUnderItsKey()
    {
        using var prefetch = JsonDocument.Parse($$"""{ "patient": {{Charts.Patient}} }""");

        var mapping = Charts.Mapper.Map(Charts.Mapper.ReadPrefetch(prefetch.RootElement, "request body").Value, Charts.AsOf);

        mapping.Draft.Age!.Value.Location!.ShouldBe(new Domain.Diagnostics.DiagnosticLocation("request body", "prefetch.patient.birthDate"));
    }

    [Fact]
    public void ReadResources_JsonElement_ReadsTheElementInPlace()
    {
        using var context = JsonDocument.Parse($$"""{ "draftOrders": {{Encoding.UTF8.GetString(Charts.Bundle(Charts.Order("sr1", "64483")))}} }""");

        var read = Charts.Mapper.ReadResources(context.RootElement.GetProperty("draftOrders"), "context.draftOrders");

        read.Value.CountOf("ServiceRequest").ShouldBe(1);
        Charts.Mapper.Map(read.Value, Charts.AsOf).Orders.ShouldHaveSingleItem().InterventionId.ShouldNotBeNull();
    }

    [Fact]
    public void ReadPrefetch_IndentedValues_AreReadAsTheyAreInTheBody()
    {
        using var prefetch = JsonDocument.Parse($$"""
            {
              "patient": {{Charts.Patient}},
              "conditions": {{Encoding.UTF8.GetString(Charts.Bundle(Charts.Condition("c1", "http://snomed.info/sct", "279039007")))}}
            }
            """);

        var mapping = Charts.Mapper.Map(Charts.Mapper.ReadPrefetch(prefetch.RootElement, "request body").Value, Charts.AsOf);

        mapping.Draft.Conditions.ShouldHaveSingleItem().Location!.Path.ShouldBe("prefetch.conditions.entry[0].resource.code.coding[0]");
    }

    [Fact]
    public void Combine_AppendsTheOtherRecords()
    {
        var chart = Charts.Mapper.ReadBundle(Charts.Bundle(Charts.Patient), "chart.json").Value;
        var orders = Charts.Mapper.ReadResources(Encoding.UTF8.GetBytes(Charts.Order("sr1", "64483")), "draftOrders").Value;

        var both = chart.Combine(orders);

        both.Count.ShouldBe(2);
        both.PatientId.ShouldBe("pat-1");
        FhirRecords.Empty.Combine(chart).ShouldBeSameAs(chart);
    }
}
