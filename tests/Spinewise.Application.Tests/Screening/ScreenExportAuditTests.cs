using Spinewise.Application.Screening;
using Spinewise.Fhir.Bulk;
using static Spinewise.Application.Tests.Screening.AuditCharts;

namespace Spinewise.Application.Tests.Screening;

public sealed class ScreenExportAuditTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "spinewise-audit-" + Guid.NewGuid().ToString("N"));

    public ScreenExportAuditTests() => Directory.CreateDirectory(Path.Combine(_root, "export"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Execute_ExportWithPerformedProcedures_AuditsEachPatientsProceduresAndCountsThem()
    {
        // Given: pat-1 an SIJ block (sacroiliac pain on record) then a fusion after only 20 % relief; pat-2 an undated
        // block and an RFA with facet pain ruled out; pat-3 a procedure code the map lacks; pat-4 a chart invalid today
        // (a pain score in cm after its block) whose block was audited on the valid chart of its day
        Write("Patient", Patient("pat-1"), Patient("pat-2"), Patient("pat-3"), Patient("pat-4"));
        Write("Condition", Condition("c1", "M46.1", "2025-01-01", patient: "pat-1"), Condition("c2", "M47.816", null, verification: "refuted", patient: "pat-2"),
            Condition("c4", "M46.1", "2026-01-01", patient: "pat-4"));
        Write("Observation", Nprs("o4", "6", "cm", "2026-04-01", patient: "pat-4"));
        Write("Procedure", Procedure("b1", "27096", "2026-03-01", relief: 20, patient: "pat-1"), Procedure("f1", "27279", "2026-05-10", patient: "pat-1"),
            Procedure("b2", "27096", null, patient: "pat-2"), Procedure("r2", "64635", "2026-05-10", patient: "pat-2"),
            Procedure("x3", "99999", "2026-05-10", patient: "pat-3"), Procedure("b4", "27096", "2026-03-01", patient: "pat-4"));
        var sink = new Sink();

        // When
        var summary = new ScreenExport(Hosts.Shipped).Execute(BulkExport.Find(Path.Combine(_root, "export")), Path.Combine(_root, "work"),
            new DateOnly(2026, 12, 1), BulkShard.All, sink);

        // Then
        var byId = sink.Patients.ToDictionary(p => p.Id, StringComparer.Ordinal);
        byId["pat-1"].Audited.Select(a => (a.Procedure, a.Verdict)).ShouldBe([("Procedure/b1", AuditVerdict.Consistent), ("Procedure/f1", AuditVerdict.PrerequisiteMissing)]);
        byId["pat-2"].Audited.Select(a => (a.Procedure, a.Verdict)).ShouldBe([("Procedure/b2", AuditVerdict.NoPerformedDate), ("Procedure/r2", AuditVerdict.PrerequisiteMissing)]);
        byId["pat-3"].Audited.ShouldBeEmpty();
        byId["pat-4"].Outcome.ShouldBe(ScreenedPatientOutcome.InvalidCase);
        byId["pat-4"].Audited.ShouldHaveSingleItem().Verdict.ShouldBe(AuditVerdict.Consistent);

        summary.Audit.OrderBy(a => a.Intervention, StringComparer.Ordinal).ShouldBe([
            new AuditCounts("lumbar-rfa", 0, 1, 0, 0, 0, 0, 0, 0),
            new AuditCounts("sij-fusion", 0, 1, 0, 0, 0, 0, 0, 0),
            new AuditCounts("sij-injection", 2, 0, 0, 0, 0, 0, 1, 0)]);
        summary.MissingPrerequisites.ShouldBe([
            new MissingPrerequisiteCount("lumbar-rfa/facet-mediated-pain", 1),
            new MissingPrerequisiteCount("sij-fusion/insite-sij-block-50-percent", 1)]);
    }

    private void Write(string type, params string[] resources) =>
        File.WriteAllLines(Path.Combine(_root, "export", type + ".ndjson"), resources.Select(r => r.ReplaceLineEndings(" ")));

    private sealed class Sink : IScreeningSink
    {
        public List<ScreenedPatient> Patients { get; } = [];

        public void Accept(ScreenedPatient patient, object? rendered) => Patients.Add(patient);

        public void Reject(BulkBadLine line) => throw new InvalidOperationException(line.ToString());
    }
}
