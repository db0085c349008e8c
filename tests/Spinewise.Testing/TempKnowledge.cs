namespace Spinewise.Testing;

/// <summary>A throw-away copy of the repository's knowledge folder that a test may break; deleted on dispose.</summary>
public sealed class TempKnowledge : IDisposable
{
    /// <summary>Copies the repository's knowledge into a fresh temporary folder.</summary>
    public TempKnowledge()
    {
        Directory = Path.Combine(Path.GetTempPath(), "spinewise-kb-" + Guid.NewGuid().ToString("N"));
        foreach (var file in System.IO.Directory.EnumerateFiles(RepositoryPaths.Knowledge, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Directory, Path.GetRelativePath(RepositoryPaths.Knowledge, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>The folder.</summary>
    public string Directory { get; }

    /// <summary>Replaces the first occurrence of <paramref name="oldText"/> in a knowledge file; fails when it is absent.</summary>
    /// <param name="relativePath">File path relative to the knowledge folder.</param>
    /// <param name="oldText">Text to replace (must occur).</param>
    /// <param name="newText">Replacement.</param>
    public TempKnowledge Replace(string relativePath, string oldText, string newText)
    {
        var path = Path.Combine(Directory, relativePath);
        var text = File.ReadAllText(path);
        var index = text.IndexOf(oldText, StringComparison.Ordinal);
        if (index < 0)
        {
            throw new InvalidOperationException($"'{oldText}' not found in {relativePath}.");
        }

        File.WriteAllText(path, string.Concat(text.AsSpan(0, index), newText, text.AsSpan(index + oldText.Length)));
        return this;
    }

    /// <summary>Writes (or overwrites) a file.</summary>
    /// <param name="relativePath">File path relative to the knowledge folder.</param>
    /// <param name="content">Its content.</param>
    public TempKnowledge Write(string relativePath, string content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    /// <summary>1-based line of the first occurrence of a text in a knowledge file.</summary>
    /// <param name="relativePath">File path relative to the knowledge folder.</param>
    /// <param name="text">Text to find.</param>
    public int LineOf(string relativePath, string text)
    {
        var lines = File.ReadAllLines(Path.Combine(Directory, relativePath));
        var index = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        return index < 0 ? throw new InvalidOperationException($"'{text}' not found in {relativePath}.") : index + 1;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // best effort: a temp folder left behind harms nothing
        }
    }
}
