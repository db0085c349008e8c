using Shouldly;

namespace Spinewise.Testing;

/// <summary>
/// Compares text with a reviewed snapshot file (<c>….verified.EXT</c>). On a difference, or when the file is missing,
/// it writes <c>….received.EXT</c> beside it for review and fails; accept a change by renaming the received file over
/// the verified one. A match removes a stale received file.
/// </summary>
public static class ReviewedSnapshot
{
    /// <summary>Fails unless <paramref name="actual"/> equals the verified file's text (line endings as <c>\n</c>).</summary>
    /// <param name="verifiedPath">The verified file: its name contains <c>.verified.</c>.</param>
    /// <param name="actual">The text now produced.</param>
    public static void Match(string verifiedPath, string actual)
    {
        ArgumentNullException.ThrowIfNull(verifiedPath);
        ArgumentNullException.ThrowIfNull(actual);
        var name = Path.GetFileName(verifiedPath);
        if (!name.Contains(".verified.", StringComparison.Ordinal))
        {
            throw new ArgumentException($"{verifiedPath} is not named ….verified.EXT", nameof(verifiedPath));
        }

        var received = Path.Combine(Path.GetDirectoryName(verifiedPath)!, name.Replace(".verified.", ".received.", StringComparison.Ordinal));
        var expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        actual.ShouldBe(expected, $"{verifiedPath} differs; review {received} and rename it over the verified file when the change is intended");
    }
}
