using Spinewise.Cli;
using Spinewise.Cli.Commands;
using Spinewise.Domain;
using Spinewise.Domain.Cases;
using Spinewise.Domain.Decisions;
using Spinewise.Knowledge;

namespace Spinewise.Fuzz;

/// <summary>The entry points that read input: case JSON (one and a folder), CSV for escalc and meta (through the CLI, in-process), knowledge YAML.</summary>
internal sealed class EntryPoints : IDisposable
{
    /// <summary>The documented exit codes an input may lead to (docs/cli.md): done, invalid knowledge, bad input.</summary>
    public static readonly int[] Documented = [ExitCodes.Ok, ExitCodes.InvalidKnowledge, ExitCodes.BadInput];

    /// <summary>Returned when a run broke a promise (a diagnostic without a position, a file left half-written).</summary>
    public const int BrokenPromise = 99;

    private static readonly string[] CsvArguments = ["--measure", "RR", "--ai", "tpos", "--bi", "tneg", "--ci", "cpos", "--di", "cneg"];
    private readonly string _scratch = Directory.CreateTempSubdirectory("spinewise-fuzz-").FullName;
    private readonly KnowledgeBase _kb;
    private readonly DecisionEngine _engine;
    private readonly Application.KnowledgeHost _host;
    private readonly (string Relative, byte[] Content)[] _knowledgeFiles;

    public EntryPoints()
    {
        var root = Repository.Root;
        var knowledge = Path.Combine(root, "knowledge");
        _kb = KnowledgeLoader.Load(knowledge).Knowledge ?? throw new InvalidOperationException($"the knowledge in {knowledge} is invalid");
        _engine = DecisionEngine.Compile(_kb);
        _host = Application.KnowledgeHost.Load(knowledge, TimeProvider.System).Host;
        _knowledgeFiles = [.. Directory.GetFiles(knowledge, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(knowledge, f).Replace('\\', '/'), File.ReadAllBytes(f)))];
        Cases = [.. Directory.GetFiles(Path.Combine(root, "examples", "cases"), "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];
        Csv = [File.ReadAllBytes(Path.Combine(root, "examples", "meta", "bcg.csv"))];
    }

    private IReadOnlyList<byte[]> Cases { get; }

    private IReadOnlyList<byte[]> Csv { get; }

    public IReadOnlyList<EntryPoint> All =>
    [
        new("case-json", Cases, (_, bytes) => CaseJson(bytes)),
        new("case-folder", Cases, (_, bytes) => CaseFolder(bytes)),
        new("escalc-csv", Csv, (_, bytes) => CsvCommand(bytes, ["escalc"], withOut: true)),
        new("meta-csv", Csv, (_, bytes) => CsvCommand(bytes, ["meta", "rma"], withOut: false)),
        new("knowledge-yaml", [.. _knowledgeFiles.Select(f => f.Content)], KnowledgeYaml),
    ];

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private int CaseJson(byte[] bytes)
    {
        var result = CaseJsonReader.Read(bytes, "case.json", _kb);
        if (result.Case is not null)
        {
            return ExitCodes.Ok;
        }

        return result.Diagnostics.Count > 0 && result.Diagnostics.All(d => d.Line >= 1 && d.Column >= 1) ? ExitCodes.BadInput : BrokenPromise;
    }

    private int CaseFolder(byte[] bytes)
    {
        var folder = Path.Combine(_scratch, "cases");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "a.json"), bytes);
        File.WriteAllBytes(Path.Combine(folder, "b.json"), Cases[0]);
        var output = Path.Combine(_scratch, "out.ndjson");
        var code = RecommendBatch.Run(Quiet(), _host, folder, output, new DateOnly(2026, 12, 1));
        return Written(code, output);
    }

    private int CsvCommand(byte[] bytes, string[] verb, bool withOut)
    {
        var input = Path.Combine(_scratch, "data.csv");
        File.WriteAllBytes(input, bytes);
        var output = Path.Combine(_scratch, "out.csv");
        string[] args = [.. verb, input, .. CsvArguments, .. withOut ? ["--out", output] : Array.Empty<string>()];
        var code = CliApp.Run(args, Quiet());
        return withOut ? Written(code, output) : code;
    }

    /// <summary>The mutated file with the files every other refers to (the whole folder per input would take 50 ms).</summary>
    private int KnowledgeYaml(int seed, byte[] bytes)
    {
        var mutated = _knowledgeFiles[seed].Relative;
        (string Relative, byte[] Content)[] files = [.. _knowledgeFiles.Where(f => f.Relative == mutated || IsCore(f.Relative)).Select(f => f.Relative == mutated ? (mutated, bytes) : f)];
        var result = KnowledgeLoader.Load(files);
        if (result.IsValid)
        {
            return ExitCodes.Ok;
        }

        return result.Diagnostics.Count > 0 && result.Diagnostics.All(d => d.Line >= 1 && d.Column >= 1) ? ExitCodes.InvalidKnowledge : BrokenPromise;
    }

    private static bool IsCore(string relative) => relative is "sources.yaml" || relative.StartsWith("vocabulary/", StringComparison.Ordinal) || relative.StartsWith("grading/", StringComparison.Ordinal);

    /// <summary>The exit code, after checking that the output file exists exactly when the command succeeded and no temporary file is left.</summary>
    private static int Written(int code, string output)
    {
        var promised = (code == ExitCodes.Ok) == File.Exists(output) && !File.Exists(output + ".partial");
        File.Delete(output);
        return promised ? code : BrokenPromise;
    }

    private static CliIo Quiet() => CliIo.Plain(TextWriter.Null, TextWriter.Null);
}
