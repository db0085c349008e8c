using System.IO.Hashing;
using System.Text;
using System.Text.RegularExpressions;

namespace Spinewise.Fhir.Bulk;

/// <summary>
/// The files of a FHIR Bulk Data export folder: <c>Patient</c>, <c>Condition</c>, <c>Observation</c>, <c>Procedure</c>
/// and <c>ServiceRequest</c> as <c>TYPE.ndjson</c>, numbered parts <c>TYPE.000.ndjson</c> …, each also gzipped
/// (<c>.ndjson.gz</c>). Other files are not read.
/// </summary>
public static partial class BulkExport
{
    /// <summary>The resource types read, in the order their files are read.</summary>
    public static IReadOnlyList<string> ResourceTypes { get; } = ["Patient", "Condition", "Observation", "Procedure", "ServiceRequest"];

    /// <summary>The export's files in reading order (by resource type, then part), or none.</summary>
    /// <param name="directory">The export folder; it must exist.</param>
    public static IReadOnlyList<BulkFile> Find(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var files = new List<BulkFile>();
        foreach (var path in Directory.EnumerateFiles(directory))
        {
            var name = Path.GetFileName(path);
            var match = FileName().Match(name);
            if (!match.Success)
            {
                continue;
            }

            var part = match.Groups["part"].Success ? int.Parse(match.Groups["part"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : -1;
            files.Add(new BulkFile(path, name, match.Groups["type"].Value, part, match.Groups["gz"].Success));
        }

        return [.. files.OrderBy(f => IndexOf(f.ResourceType)).ThenBy(f => f.Part).ThenBy(f => f.Name, StringComparer.Ordinal)];
    }

    /// <summary>The stable hash of a patient id: XxHash3 of its UTF-8 bytes (the same on every machine and run).</summary>
    /// <param name="patientId">The patient id.</param>
    public static ulong Hash(string patientId)
    {
        ArgumentNullException.ThrowIfNull(patientId);
        Span<byte> small = stackalloc byte[256];
        var count = Encoding.UTF8.GetByteCount(patientId);
        var bytes = count <= small.Length ? small[..count] : new byte[count];
        Encoding.UTF8.GetBytes(patientId, bytes);
        return XxHash3.HashToUInt64(bytes);
    }

    /// <summary>The hash of a patient id given as UTF-8 bytes.</summary>
    /// <param name="utf8">The id's UTF-8 bytes.</param>
    public static ulong Hash(ReadOnlySpan<byte> utf8) => XxHash3.HashToUInt64(utf8);

    private static int IndexOf(string type)
    {
        for (var i = 0; i < ResourceTypes.Count; i++)
        {
            if (ResourceTypes[i] == type)
            {
                return i;
            }
        }

        return ResourceTypes.Count;
    }

    [GeneratedRegex(@"^(?<type>Patient|Condition|Observation|Procedure|ServiceRequest)(\.(?<part>[0-9]{1,6}))?\.ndjson(?<gz>\.gz)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FileName();
}
