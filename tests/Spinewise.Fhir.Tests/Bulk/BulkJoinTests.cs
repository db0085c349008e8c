using System.IO.Compression;
using System.Text;
using Spinewise.Fhir.Bulk;

namespace Spinewise.Fhir.Tests.Bulk;

public sealed class BulkJoinTests : IDisposable
{
    private const string Patient = """{"resourceType":"Patient","id":"p1","gender":"female","birthDate":"1970-01-01"}""";
    private const string Condition = """{"resourceType":"Condition","id":"c1","code":{"coding":[{"system":"http://snomed.info/sct","code":"279039007"}]},"subject":{"reference":"Patient/p1"}}""";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "spinewise-bulk-" + Guid.NewGuid().ToString("N"));

    public BulkJoinTests() => Directory.CreateDirectory(Path.Combine(_root, "export"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Export => Path.Combine(_root, "export");

    private void Write(string name, string text)
    {
        var path = Path.Combine(Export, name);
        if (name.EndsWith(".gz", StringComparison.Ordinal))
        {
            using var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest);
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }
        else
        {
            File.WriteAllText(path, text);
        }
    }

    private (List<BulkPatient> Patients, List<BulkBadLine> Bad) Join(BulkShard? shard = null)
    {
        var bad = new List<BulkBadLine>();
        using var partitions = BulkJoin.Partition(BulkExport.Find(Export), Path.Combine(_root, "work"), shard ?? BulkShard.All, bad.Add);
        var patients = Enumerable.Range(0, partitions.Count).SelectMany(partitions.Read).ToList();
        bad.AddRange(patients.SelectMany(p => p.Rejected));
        return (patients, bad);
    }

    [Fact]
    public void Find_NamesPartsAndGzip_InTypeThenPartOrder()
    {
        foreach (var name in new[] { "Condition.001.ndjson.gz", "Condition.000.ndjson", "Patient.ndjson", "Encounter.ndjson", "notes.txt", "Observation.ndjson.gz" })
        {
            Write(name, string.Empty);
        }

        BulkExport.Find(Export).Select(f => f.Name).ShouldBe(["Patient.ndjson", "Condition.000.ndjson", "Condition.001.ndjson.gz", "Observation.ndjson.gz"]);
    }

    [Fact]
    public void Join_CrLfLastLineWithoutNewlineAndBlankLines_ReadsEveryResource()
    {
        Write("Patient.ndjson", Patient + "\r\n\r\n");
        Write("Condition.ndjson.gz", "\n" + Condition + "\r\n" + Condition.Replace("\"c1\"", "\"c2\"", StringComparison.Ordinal));

        var (patients, bad) = Join();

        bad.ShouldBeEmpty();
        patients.ShouldHaveSingleItem().Id.ShouldBe("p1");
        patients[0].Lines.Select(l => (l.File.Name, l.Line)).ShouldBe([("Patient.ndjson", 1), ("Condition.ndjson.gz", 2), ("Condition.ndjson.gz", 3)]);
        patients[0].Read(Charts.Mapper, bad.Add).Count.ShouldBe(3);
    }

    [Fact]
    public void Join_LineLongerThanTheBuffer_IsRead()
    {
        var note = new string('x', 3 << 20);
        Write("Patient.ndjson", Patient.Replace("\"gender\"", $"\"text\":{{\"status\":\"generated\",\"div\":\"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\">{note}</div>\"}},\"gender\"", StringComparison.Ordinal) + "\n" + Patient.Replace("p1", "p2", StringComparison.Ordinal));

        var (patients, bad) = Join();

        bad.ShouldBeEmpty();
        patients.Select(p => p.Id).Order(StringComparer.Ordinal).ShouldBe(["p1", "p2"]);
    }

    [Fact]
    public void Join_AbsoluteAndVersionedReferences_NameThePatient()
    {
        Write("Patient.ndjson", Patient);
        Write("Condition.ndjson", Condition.Replace("Patient/p1", "https://ehr.example/fhir/Patient/p1/_history/3", StringComparison.Ordinal));

        var (patients, bad) = Join();

        bad.ShouldBeEmpty();
        patients.ShouldHaveSingleItem().Lines.Count.ShouldBe(2);
    }

    [Fact]
    public void Join_BadLines_AreReportedWithFileLineAndReason()
    {
        Write("Patient.ndjson", $"{Patient}\n{{\"resourceType\":\"Patient\"}}\n{Patient}\n");
        Write("Condition.ndjson", string.Join('\n',
            Condition[..40],
            Condition.Replace("Patient/p1", "Patient/ghost", StringComparison.Ordinal),
            Condition.Replace("Patient/p1", "Group/g1", StringComparison.Ordinal),
            Patient,
            Condition + " {}",
            Condition.Replace("\"code\":{", "\"colour\":1,\"code\":{", StringComparison.Ordinal)));

        var (patients, bad) = Join();
        patients.Single(p => p.IsHeld).Read(Charts.Mapper, bad.Add);

        bad.Select(b => (b.File, b.Line, b.Reason)).Order().ShouldBe(new[]
        {
            ("Condition.ndjson", 1, BulkBadLineReason.MalformedJson),
            ("Condition.ndjson", 2, BulkBadLineReason.MissingPatient),
            ("Condition.ndjson", 3, BulkBadLineReason.NoPatientReference),
            ("Condition.ndjson", 4, BulkBadLineReason.UnexpectedType),
            ("Condition.ndjson", 5, BulkBadLineReason.MalformedJson),
            ("Condition.ndjson", 6, BulkBadLineReason.InvalidResource),
            ("Patient.ndjson", 2, BulkBadLineReason.NoPatientReference),
            ("Patient.ndjson", 3, BulkBadLineReason.DuplicatePatient),
        }.Order());
        bad.Single(b => b.Reason == BulkBadLineReason.InvalidResource).Message.ShouldContain("colour");
    }

    [Fact]
    public void Join_NoPatientFiles_GroupsByReference()
    {
        Write("Condition.ndjson", Condition + "\n" + Condition.Replace("p1", "p2", StringComparison.Ordinal));

        var (patients, bad) = Join();

        bad.ShouldBeEmpty();
        patients.Select(p => (p.Id, p.IsHeld)).Order().ShouldBe([("p1", true), ("p2", true)]);
    }

    [Fact]
    public void Join_Shards_SplitThePatientsByTheStableHash()
    {
        Write("Patient.ndjson", string.Join('\n', Enumerable.Range(0, 200).Select(i => Patient.Replace("p1", $"p{i}", StringComparison.Ordinal))));

        var all = Join().Patients.Select(p => p.Id).ToList();
        var shards = Enumerable.Range(0, 3).Select(i => Join(new BulkShard(i, 3)).Patients.Select(p => p.Id).ToList()).ToList();

        shards.ShouldAllBe(s => s.Count > 0);
        shards.SelectMany(s => s).Order(StringComparer.Ordinal).ShouldBe(all.Order(StringComparer.Ordinal));
        shards[1].ShouldAllBe(id => BulkExport.Hash(id) % 3 == 1);
        all.Select(BulkExport.Hash).ShouldBeInOrder();
    }

    [Theory]
    [InlineData("0/1", true)]
    [InlineData("3/4", true)]
    [InlineData("4/4", false)]
    [InlineData("-1/4", false)]
    [InlineData("1/0", false)]
    [InlineData("1", false)]
    [InlineData("1/2/3", false)]
    public void TryParse_Shard_AcceptsOnlyIOfN(string text, bool valid) => BulkShard.TryParse(text, out _, out _).ShouldBe(valid);

    [Fact]
    public void Hash_IsXxHash3OfTheUtf8Id() => BulkExport.Hash("pt-0000001").ShouldBe(System.IO.Hashing.XxHash3.HashToUInt64("pt-0000001"u8));
}
