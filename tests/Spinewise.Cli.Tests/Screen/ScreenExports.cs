using System.Text.Json;
using Spinewise.ExportGen;
using Spinewise.Testing;

namespace Spinewise.Cli.Tests.Screen;

/// <summary>Generated exports and their screening reports, made once for the screening tests and deleted after.</summary>
public sealed class ScreenExports : IDisposable
{
    public const int Patients = 300;
    public const int Seed = 16;
    public const string AsOf = "2026-12-01";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "spinewise-screen-" + Guid.NewGuid().ToString("N"));

    public ScreenExports()
    {
        Directory.CreateDirectory(_root);
        Plain = Generate("plain", new ExportOptions(Patients, Seed), Lines);
        Report = Screen(Plain, "report");
    }

    /// <summary>Every line of the plain export with what the generator knows of it.</summary>
    public List<GeneratedLine> Lines { get; } = [];

    /// <summary>The plain export (one file per type).</summary>
    public string Plain { get; }

    /// <summary>The report of the plain export, unsharded.</summary>
    public ScreenReport Report { get; }

    public string Folder(string name) => Path.Combine(_root, name);

    public string Generate(string name, ExportOptions options, List<GeneratedLine>? lines = null)
    {
        var folder = Folder(name);
        new ExportGenerator(ShippedKnowledge.Value, options).Write(folder, lines);
        return folder;
    }

    public ScreenReport Screen(string export, string name, params string[] extra)
    {
        var folder = Folder(name);
        var run = CliRun.Of([.. new[] { "screen", export, "--out", folder, "--as-of", AsOf, "--knowledge", RepositoryPaths.Knowledge }, .. extra]);
        run.ExitCode.ShouldBe(0, run.Error);
        return new ScreenReport(folder);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}

/// <summary>The files of one screening report, read.</summary>
public sealed class ScreenReport(string folder)
{
    public string Folder { get; } = folder;

    /// <summary>patients.ndjson by patient id: each line as written.</summary>
    public Dictionary<string, string> Lines { get; } = File.ReadLines(Path.Combine(folder, "patients.ndjson"))
        .ToDictionary(l => JsonDocument.Parse(l).RootElement.GetProperty("patient").GetString()!, l => l, StringComparer.Ordinal);

    /// <summary>bad-lines.csv as (file, line, reason).</summary>
    public List<(string File, int Line, string Reason)> BadLines { get; } = [.. File.ReadLines(Path.Combine(folder, "bad-lines.csv")).Skip(1)
        .Select(l => l.Split(',', 4)).Select(f => (f[0], int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture), f[2]))];

    public JsonElement Summary => JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "summary.json"))).RootElement;

    /// <summary>Per patient, each intervention's status, from patients.ndjson.</summary>
    public Dictionary<string, Dictionary<string, string>> Statuses() => Lines.ToDictionary(l => l.Key, l => StatusesOf(JsonDocument.Parse(l.Value).RootElement), StringComparer.Ordinal);

    public static Dictionary<string, string> StatusesOf(JsonElement answer) => answer.GetProperty("interventions").EnumerateArray()
        .ToDictionary(i => i.GetProperty("intervention").GetString()!, i => i.GetProperty("status").GetString()!, StringComparer.Ordinal);
}
