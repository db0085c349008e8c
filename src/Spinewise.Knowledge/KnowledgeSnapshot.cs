using System.Buffers.Binary;
using System.Text;
using Spinewise.Domain;
using Spinewise.Knowledge.Internal;

namespace Spinewise.Knowledge;

/// <summary>
/// The knowledge files of one version held in memory (relative path and bytes, in ordinal path order), packed into one
/// deterministic byte array for storage and unpacked again, so a stored answer can be replayed on the knowledge it was
/// given on. The version is the same content hash <see cref="KnowledgeLoader"/> computes for the folder.
/// </summary>
/// <remarks>
/// Packed format (version 1): the 4 ASCII bytes <c>SWK1</c>, the file count, then for each file its UTF-8 relative
/// path and its bytes, each preceded by its length; every count and length a little-endian 32-bit unsigned integer.
/// The same files always pack to the same bytes.
/// </remarks>
public sealed class KnowledgeSnapshot
{
    private static readonly byte[] Magic = "SWK1"u8.ToArray();
    private readonly IReadOnlyList<(string Relative, byte[] Content)> _files;

    private KnowledgeSnapshot(IReadOnlyList<(string Relative, byte[] Content)> files)
    {
        _files = files;
        Version = KnowledgeFiles.Hash(files);
    }

    /// <summary>The content hash of the files, as <see cref="KnowledgeLoader.Load(string)"/> reports for the same folder.</summary>
    public KnowledgeVersion Version { get; }

    /// <summary>The relative paths of the files, in ordinal order.</summary>
    public IReadOnlyList<string> Paths => _files.Select(f => f.Relative).ToList();

    /// <summary>Reads the knowledge files of a folder (the same file set <see cref="KnowledgeLoader.Load(string)"/> reads).</summary>
    /// <param name="directory">The knowledge folder.</param>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static KnowledgeSnapshot Read(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        return new KnowledgeSnapshot(KnowledgeFiles.Read(directory));
    }

    /// <summary>A snapshot of files given in memory; they are put in ordinal path order.</summary>
    /// <param name="files">Relative path (with <c>/</c> separators) and content of each file.</param>
    /// <exception cref="ArgumentException">A path is empty or occurs twice.</exception>
    public static KnowledgeSnapshot FromFiles(IEnumerable<(string Relative, byte[] Content)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var sorted = files.OrderBy(f => f.Relative, StringComparer.Ordinal).ToList();
        for (var i = 0; i < sorted.Count; i++)
        {
            ArgumentException.ThrowIfNullOrEmpty(sorted[i].Relative, nameof(files));
            ArgumentNullException.ThrowIfNull(sorted[i].Content, nameof(files));
            if (i > 0 && sorted[i].Relative == sorted[i - 1].Relative)
            {
                throw new ArgumentException($"The path '{sorted[i].Relative}' occurs twice.", nameof(files));
            }
        }

        return new KnowledgeSnapshot(sorted);
    }

    /// <summary>Unpacks bytes written by <see cref="Pack"/>.</summary>
    /// <param name="packed">The packed snapshot.</param>
    /// <exception cref="InvalidDataException">The bytes are not a packed snapshot (wrong header, truncated, or trailing bytes).</exception>
    public static KnowledgeSnapshot Unpack(ReadOnlySpan<byte> packed)
    {
        if (packed.Length < Magic.Length || !packed[..Magic.Length].SequenceEqual(Magic))
        {
            throw new InvalidDataException("Not a packed knowledge snapshot (the header is not SWK1).");
        }

        var rest = packed[Magic.Length..];
        var count = ReadLength(ref rest);
        var files = new List<(string Relative, byte[] Content)>();
        for (var i = 0; i < count; i++)
        {
            var path = Encoding.UTF8.GetString(ReadBlock(ref rest));
            files.Add((path, ReadBlock(ref rest).ToArray()));
        }

        if (!rest.IsEmpty)
        {
            throw new InvalidDataException($"The packed knowledge snapshot has {rest.Length} bytes after its last file.");
        }

        try
        {
            return FromFiles(files);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException("The packed knowledge snapshot is malformed: " + ex.Message, ex);
        }
    }

    /// <summary>Packs the files into one deterministic byte array (see the remarks for the format).</summary>
    public byte[] Pack()
    {
        var paths = _files.Select(f => Encoding.UTF8.GetBytes(f.Relative)).ToList();
        var size = Magic.Length + 4 + paths.Sum(p => 4 + p.Length) + _files.Sum(f => 4 + f.Content.Length);
        var packed = new byte[size];
        Magic.CopyTo(packed, 0);
        var offset = Magic.Length;
        WriteLength(packed, ref offset, _files.Count);
        for (var i = 0; i < _files.Count; i++)
        {
            WriteBlock(packed, ref offset, paths[i]);
            WriteBlock(packed, ref offset, _files[i].Content);
        }

        return packed;
    }

    /// <summary>Loads and validates the knowledge of this snapshot, as <see cref="KnowledgeLoader.Load(string)"/> does a folder's.</summary>
    /// <returns>The load result; its <see cref="KnowledgeLoadResult.Version"/> equals <see cref="Version"/>.</returns>
    public KnowledgeLoadResult Load() => KnowledgeLoader.Load(_files);

    private static int ReadLength(ref ReadOnlySpan<byte> rest)
    {
        if (rest.Length < 4)
        {
            throw new InvalidDataException("The packed knowledge snapshot is truncated.");
        }

        var length = BinaryPrimitives.ReadUInt32LittleEndian(rest);
        rest = rest[4..];
        return length > int.MaxValue ? throw new InvalidDataException("The packed knowledge snapshot has an impossible length.") : (int)length;
    }

    private static ReadOnlySpan<byte> ReadBlock(ref ReadOnlySpan<byte> rest)
    {
        var length = ReadLength(ref rest);
        if (rest.Length < length)
        {
            throw new InvalidDataException("The packed knowledge snapshot is truncated.");
        }

        var block = rest[..length];
        rest = rest[length..];
        return block;
    }

    private static void WriteLength(byte[] target, ref int offset, int length)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(target.AsSpan(offset), (uint)length);
        offset += 4;
    }

    private static void WriteBlock(byte[] target, ref int offset, byte[] block)
    {
        WriteLength(target, ref offset, block.Length);
        block.CopyTo(target, offset);
        offset += block.Length;
    }
}
