namespace Spinewise.Cli.Tests.Meta;

/// <summary>A temporary folder for CSV inputs and outputs, deleted on dispose.</summary>
internal sealed class TempCsv : IDisposable
{
    public TempCsv() => Directory.CreateDirectory(Folder);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "spinewise-meta-" + Guid.NewGuid().ToString("N"));

    public string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    public string PathOf(string name) => Path.Combine(Folder, name);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
