using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Spinewise.Fhir.Bulk;

/// <summary>
/// The partition files of <see cref="BulkJoin.Partition"/>: partition <c>p</c> holds the patients whose id hash has
/// <c>p</c> as its top bits, so reading the partitions in order and each one's patients by (hash, id) gives every patient
/// in one order that does not depend on the number of partitions, files or shards. Deletes its files when disposed.
/// </summary>
public sealed class BulkPartitions : IDisposable
{
    private readonly IReadOnlyList<BulkFile> _files;
    private readonly string _directory;
    private readonly int _bits;
    private readonly bool _hasPatientFiles;

    internal BulkPartitions(IReadOnlyList<BulkFile> files, string directory, int bits)
    {
        (_files, _directory, _bits) = (files, directory, bits);
        _hasPatientFiles = files.Any(f => f.ResourceType == "Patient");
    }

    /// <summary>The number of partitions (a power of two).</summary>
    public int Count => 1 << _bits;

    /// <summary>The lines read from the export (all of them, of every shard, blank ones included).</summary>
    public long Lines { get; internal set; }

    internal int PartitionOf(ulong hash) => _bits == 0 ? 0 : (int)(hash >> (64 - _bits));

    internal string PathOf(int partition) => Path.Combine(_directory, $"partition-{partition.ToString("D4", CultureInfo.InvariantCulture)}.bin");

    /// <summary>
    /// The patients of one partition in (hash, id) order, each with its lines in file and line order. A patient the export
    /// does not hold (it has Patient files, none with that id) comes with <see cref="BulkPatient.IsHeld"/> false and all
    /// its lines in <see cref="BulkPatient.Rejected"/>; a second Patient of one id is rejected the same way.
    /// </summary>
    /// <param name="partition">0 to <see cref="Count"/> - 1.</param>
    public IReadOnlyList<BulkPatient> Read(int partition)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(partition);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(partition, Count);
        var path = PathOf(partition);
        if (!File.Exists(path))
        {
            return [];
        }

        var bytes = File.ReadAllBytes(path);
        var groups = new Dictionary<string, List<BulkLine>>(StringComparer.Ordinal);
        for (var at = 0; at < bytes.Length;)
        {
            var header = bytes.AsSpan(at, 16);
            var file = _files[BinaryPrimitives.ReadInt32LittleEndian(header)];
            var line = BinaryPrimitives.ReadInt32LittleEndian(header[4..]);
            var idLength = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
            var jsonLength = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
            var id = Encoding.UTF8.GetString(bytes, at + 16, idLength);
            var json = new ReadOnlyMemory<byte>(bytes, at + 16 + idLength, jsonLength);
            at += 16 + idLength + jsonLength;
            if (!groups.TryGetValue(id, out var lines))
            {
                groups[id] = lines = [];
            }

            lines.Add(new BulkLine(file, line, json));
        }

        var patients = new List<BulkPatient>(groups.Count);
        foreach (var (id, lines) in groups)
        {
            var own = lines.Where(l => l.File.ResourceType == "Patient").ToList();
            if (own.Count == 0 && _hasPatientFiles)
            {
                patients.Add(new BulkPatient(id, BulkExport.Hash(id), [], [.. lines.Select(l => new BulkBadLine(l.File.Name, l.Line, BulkBadLineReason.MissingPatient,
                    $"{l.File.ResourceType} of Patient/{id}, which the export does not hold", id))], isHeld: false));
                continue;
            }

            var rejected = new List<BulkBadLine>();
            foreach (var extra in own.Skip(1))
            {
                rejected.Add(new BulkBadLine(extra.File.Name, extra.Line, BulkBadLineReason.DuplicatePatient, $"a second Patient {id} (the first is {own[0].File.Name}:{own[0].Line})", id));
                lines.Remove(extra);
            }

            patients.Add(new BulkPatient(id, BulkExport.Hash(id), lines, rejected, isHeld: true));
        }

        patients.Sort(static (a, b) => a.Hash != b.Hash ? a.Hash.CompareTo(b.Hash) : string.CompareOrdinal(a.Id, b.Id));
        return patients;
    }

    /// <summary>Deletes the partition files.</summary>
    public void Dispose()
    {
        for (var p = 0; p < Count; p++)
        {
            File.Delete(PathOf(p));
        }
    }
}
