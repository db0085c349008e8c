using Spinewise.Domain.Codes;

namespace Spinewise.Fhir.Tests;

public sealed class ChartAsOfTests
{
    private const string Icd = CodeSystems.Icd10Cm;
    private static readonly DateOnly Day = new(2026, 5, 10);

    private static FhirRecords Read(params string[] resources)
    {
        var read = Charts.Mapper.ReadBundle(Charts.Bundle(resources), "chart.json");
        read.Diagnostics.ShouldBeEmpty(string.Join(Environment.NewLine, read.Diagnostics));
        return read.Value;
    }

    private static string PerformedAt(string id, string cpt, string performed) => Charts.Procedure(id, cpt, performed: performed);

    [Fact]
    public void On_ConditionWithOnsetAfterTheDay_IsLeftOut()
    {
        var records = Read(Charts.Patient,
            Charts.Condition("before", Icd, "M51.16", onset: "2026-05-10"),
            Charts.Condition("after", Icd, "M46.1", onset: "2026-05-11"),
            Charts.Condition("period-after", Icd, "M47.816").Replace("\"subject\"", "\"onsetPeriod\": { \"start\": \"2026-06-01\" }, \"subject\"", StringComparison.Ordinal),
            Charts.Condition("partial-before", Icd, "M48.061", onset: "2026-05"),
            Charts.Condition("partial-after", Icd, "D68.9", onset: "2027"),
            Charts.Condition("undated", Icd, "Z33.1"));

        var draft = Charts.Mapper.Map(FhirChartAsOf.On(records, Day), Day).Draft;

        draft.Conditions.Select(c => c.Value).ShouldBe(["disc-herniation", "lumbar-spinal-stenosis"]);
        draft.Flags.Keys.ShouldBe(["pregnancy"], "an undated condition is not known to postdate the day: kept");
    }

    [Fact]
    public void On_ObservationEffectiveAfterTheDay_IsLeftOutAndUndatedKept()
    {
        var records = Read(Charts.Patient,
            Charts.Observation("o1", "72514-3", "4", "{score}", "2026-05-01"),
            Charts.Observation("o2", "72514-3", "9", "{score}", "2026-05-11T08:00:00Z"));

        FhirChartAsOf.On(records, Day).CountOf("Observation").ShouldBe(1);
        Charts.Mapper.Map(FhirChartAsOf.On(records, Day), Day).Draft.Findings["nprs"].Value.ShouldBe(4);
        FhirChartAsOf.On(records, new DateOnly(2026, 5, 11)).CountOf("Observation").ShouldBe(2);
    }

    [Fact]
    public void On_ProceduresAfterTheDayAndOrders_AreLeftOut()
    {
        var records = Read(Charts.Patient,
            PerformedAt("p1", "27096", "2026-04-01"),
            PerformedAt("p2", "27096", "2026-05-11"),
            Charts.Procedure("p3", "64483"),
            Charts.Order("s1", "64635", status: "active"));

        var on = FhirChartAsOf.On(records, Day);

        on.CountOf("Procedure").ShouldBe(2, "p1 and the undated p3");
        on.CountOf("ServiceRequest").ShouldBe(0);
        on.PatientId.ShouldBe("pat-1");
        Charts.Mapper.Map(on, Day).Draft.History.Select(h => (h.Intervention!.Value.Value, h.Date?.Value))
            .ShouldBe([("sij-injection", (DateOnly?)new DateOnly(2026, 4, 1)), ("epidural-steroid-injection", null)]);
    }

    [Fact]
    public void PerformedProcedures_ListsCompletedMappedProceduresOnly()
    {
        var records = Read(Charts.Patient,
            PerformedAt("rfa", "64635", "2026-05-10T09:00:00+02:00"),
            PerformedAt("facet-or-mbb", "64493", "2026-04-01"),
            Charts.Procedure("ongoing", "64635", status: "in-progress", performed: "2026-05-10"),
            Charts.Procedure("never", "27096", status: "not-done"),
            PerformedAt("unknown-code", "99999", "2026-04-01"),
            PerformedAt("partial", "0275T", "2026-05"),
            Charts.Procedure("undated", "27279"));

        var performed = FhirChartAsOf.PerformedProcedures(records, Charts.Kb);

        performed.Select(p => (p.Reference, p.Intervention, p.Performed)).ShouldBe([
            ("Procedure/rfa", "lumbar-rfa", (DateOnly?)Day),
            ("Procedure/partial", "pild", null),
            ("Procedure/undated", "sij-fusion", null)]);
        performed[0].System.ShouldBe(CodeSystems.Cpt);
        performed[0].Code.ShouldBe("64635");
    }

    [Fact]
    public void Before_LeavesOutTheProcedureItselfAndSameDayProceduresNotKnownToComeFirst()
    {
        var records = Read(Charts.Patient,
            PerformedAt("earlier-day", "27096", "2026-05-09"),
            PerformedAt("same-day-no-time", "64483", "2026-05-10"),
            PerformedAt("same-day-earlier", "62323", "2026-05-10T08:00:00Z"),
            PerformedAt("audited", "27279", "2026-05-10T10:00:00Z"),
            PerformedAt("same-day-later", "62322", "2026-05-10T11:00:00Z"),
            PerformedAt("next-day", "27279", "2026-05-11"));
        var audited = FhirChartAsOf.PerformedProcedures(records, Charts.Kb).Single(p => p.Reference == "Procedure/audited");

        var before = FhirChartAsOf.Before(records, audited);

        var history = Charts.Mapper.Map(before, Day).Draft.History;
        history.Select(h => h.Location!.Path).ShouldBe(["Bundle.entry[1].resource.code", "Bundle.entry[3].resource.code"]);
        history.Select(h => h.Intervention!.Value.Value).ShouldBe(["sij-injection", "epidural-steroid-injection"]);
    }

    [Fact]
    public void Before_ProcedureWithoutPerformedDate_Throws()
    {
        var records = Read(Charts.Patient, Charts.Procedure("undated", "27279"));

        Should.Throw<ArgumentException>(() => FhirChartAsOf.Before(records, FhirChartAsOf.PerformedProcedures(records, Charts.Kb)[0]));
    }
}
