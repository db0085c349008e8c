using System.Security.Cryptography;
using System.Text;
using Spinewise.Domain;

namespace Spinewise.Knowledge.Internal;

/// <summary>Finds the knowledge files of a folder (every <c>*.yaml</c>/<c>*.yml</c>, recursively) and hashes them into a version.</summary>
internal static class KnowledgeFiles
{
    public static IReadOnlyList<(string Relative, byte[] Content)> Read(string directory)
    {
        var files = Directory.EnumerateFiles(directory, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Select(f => (Relative: Path.GetRelativePath(directory, f).Replace('\\', '/'), Full: f))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToList();
        return files.Select(f => (f.Relative, File.ReadAllBytes(f.Full))).ToList();
    }

    public static KnowledgeVersion Hash(IReadOnlyList<(string Relative, byte[] Content)> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (relative, content) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(relative));
            hash.AppendData([0]);
            hash.AppendData(content);
            hash.AppendData([0]);
        }

        return new KnowledgeVersion(Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
