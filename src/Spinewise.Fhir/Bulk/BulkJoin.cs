using System.Buffers.Binary;
using System.IO.Compression;
using Spinewise.Fhir.Bulk.Internal;

namespace Spinewise.Fhir.Bulk;

/// <summary>
/// The join of an export by patient, in bounded memory: every line of every file is read once (plain or gzip) with
/// <c>Utf8JsonReader</c> only, checked to be a JSON object and written, with its file and line number, to one of
/// <see cref="BulkPartitions.Count"/> temporary partition files by the hash of its patient id (the reference of its
/// <c>subject</c>/<c>patient</c>, or the Patient's own id). A partition then holds whole patients and is read alone
/// (<see cref="BulkPartitions.Read"/>), so memory is bounded by one partition, not the export. Bad lines are reported,
/// never fatal and never dropped silently.
/// </summary>
public static class BulkJoin
{
    /// <summary>The NDJSON bytes aimed at per partition.</summary>
    public const long PartitionBytes = 8L << 20;

    private const int MaxPartitionBits = 10;

    /// <summary>Partitions the lines of <paramref name="files"/> that belong to <paramref name="shard"/>.</summary>
    /// <param name="files">The export's files (<see cref="BulkExport.Find"/>).</param>
    /// <param name="workDirectory">A folder for the partition files (created; the result deletes them when disposed).</param>
    /// <param name="shard">The patients kept.</param>
    /// <param name="report">Told every bad line found while partitioning (malformed JSON, a wrong type, no patient).</param>
    /// <param name="progress">Told the bytes of input read so far, now and then; may be null.</param>
    /// <param name="cancellation">Stops between lines.</param>
    public static BulkPartitions Partition(IReadOnlyList<BulkFile> files, string workDirectory, BulkShard shard, Action<BulkBadLine> report,
        IProgress<long>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentException.ThrowIfNullOrEmpty(workDirectory);
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(workDirectory);
        var bits = Bits(files.Sum(f => new FileInfo(f.Path).Length * (f.Compressed ? 8L : 1L)) / Math.Max(shard.Count, 1));
        var result = new BulkPartitions(files, workDirectory, bits);
        try
        {
            var writers = new Stream?[1 << bits];
            var header = new byte[16];
            long read = 0;
            try
            {
                for (var f = 0; f < files.Count; f++)
                {
                    var file = files[f];
                    using var input = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
                    using var stream = file.Compressed ? new GZipStream(input, CompressionMode.Decompress) : (Stream)input;
                    using var lines = new NdjsonLineReader(stream);
                    while (lines.TryRead(out var line))
                    {
                        if ((lines.LineNumber & 0x3FFF) == 0)
                        {
                            cancellation.ThrowIfCancellationRequested();
                            progress?.Report(read + input.Position);
                        }

                        result.Lines++;
                        if (line.Trim(" \t"u8).IsEmpty)
                        {
                            continue;
                        }

                        var error = LineScanner.Read(line, out var scan);
                        if (error is not null)
                        {
                            Unattributed(report, shard, new BulkBadLine(file.Name, lines.LineNumber, BulkBadLineReason.MalformedJson, error, null));
                            continue;
                        }

                        if (scan.ResourceType != file.ResourceType)
                        {
                            var what = scan.ResourceType is null ? "no resourceType" : $"resourceType {scan.ResourceType}";
                            var reason = scan.ResourceType is null ? BulkBadLineReason.InvalidResource : BulkBadLineReason.UnexpectedType;
                            Unattributed(report, shard, new BulkBadLine(file.Name, lines.LineNumber, reason, $"{what} in a {file.ResourceType} file", null));
                            continue;
                        }

                        var id = line[file.ResourceType == "Patient" ? scan.Id : scan.Reference];
                        if (id.IsEmpty)
                        {
                            var message = file.ResourceType == "Patient" ? "a Patient without an id" : $"a {file.ResourceType} whose subject is no Patient reference";
                            Unattributed(report, shard, new BulkBadLine(file.Name, lines.LineNumber, BulkBadLineReason.NoPatientReference, message, null));
                            continue;
                        }

                        var hash = BulkExport.Hash(id);
                        if (!shard.Contains(hash))
                        {
                            continue;
                        }

                        var p = result.PartitionOf(hash);
                        var writer = writers[p] ??= new FileStream(result.PathOf(p), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 15);
                        BinaryPrimitives.WriteInt32LittleEndian(header, f);
                        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(4), lines.LineNumber);
                        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(8), id.Length);
                        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(12), line.Length);
                        writer.Write(header);
                        writer.Write(id);
                        writer.Write(line);
                    }

                    read += input.Length;
                }
            }
            finally
            {
                foreach (var writer in writers)
                {
                    writer?.Dispose();
                }
            }

            progress?.Report(read);
            return result;
        }
        catch
        {
            result.Dispose();
            throw;
        }
    }

    private static void Unattributed(Action<BulkBadLine> report, BulkShard shard, BulkBadLine line)
    {
        if (shard.HoldsUnattributed)
        {
            report(line);
        }
    }

    /// <summary>The partition bits for about <paramref name="bytes"/> of NDJSON: a power of two of partitions.</summary>
    private static int Bits(long bytes)
    {
        var bits = 0;
        while (bits < MaxPartitionBits && (PartitionBytes << bits) < bytes)
        {
            bits++;
        }

        return bits;
    }
}
