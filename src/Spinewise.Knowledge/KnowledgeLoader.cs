using System.Text;
using Spinewise.Domain.Cases;
using Spinewise.Knowledge.Internal;
using Spinewise.Knowledge.Internal.Readers;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Spinewise.Knowledge;

/// <summary>
/// Loads a knowledge folder: reads every YAML file, validates all of it (reporting every problem at once with file,
/// line, column and field) and, when valid, returns an immutable indexed knowledge base.
/// </summary>
public static class KnowledgeLoader
{
    /// <summary>The folder name of the knowledge that ships beside the assembly.</summary>
    public const string DefaultFolderName = "knowledge";

    /// <summary>Files that the others refer to: when one is missing, that is the root cause of many errors.</summary>
    private static readonly (string Path, string Defines)[] CoreFiles =
    [
        ("sources.yaml", "sources"),
        ("vocabulary/interventions.yaml", "interventions"),
        ("vocabulary/conditions.yaml", "conditions"),
    ];

    /// <summary>The knowledge folder shipped beside the running application.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, DefaultFolderName);

    /// <summary>Loads and validates every knowledge file under <paramref name="directory"/>.</summary>
    /// <param name="directory">The knowledge folder.</param>
    public static KnowledgeLoadResult Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var bag = new DiagnosticBag();
        if (!Directory.Exists(directory))
        {
            bag.Add(DiagnosticCodes.NoKnowledge, new Location(directory, 1, 1, string.Empty), "knowledge folder not found");
            return KnowledgeLoadResult.Failure(bag.Sorted(), default, 0);
        }

        IReadOnlyList<(string Relative, byte[] Content)> files;
        try
        {
            files = KnowledgeFiles.Read(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            bag.Add(DiagnosticCodes.NoKnowledge, new Location(directory, 1, 1, string.Empty), $"the folder cannot be read: {ex.Message}");
            return KnowledgeLoadResult.Failure(bag.Sorted(), default, 0);
        }

        if (files.Count == 0)
        {
            bag.Add(DiagnosticCodes.NoKnowledge, new Location(directory, 1, 1, string.Empty), "the folder holds no knowledge files (*.yaml)");
            return KnowledgeLoadResult.Failure(bag.Sorted(), KnowledgeFiles.Hash(files), 0);
        }

        return Load(files, bag);
    }

    /// <summary>Loads and validates knowledge files already in memory (relative path and bytes), as <see cref="Load(string)"/> does a folder's.</summary>
    internal static KnowledgeLoadResult Load(IReadOnlyList<(string Relative, byte[] Content)> files, DiagnosticBag? diagnostics = null)
    {
        var bag = diagnostics ?? new DiagnosticBag();
        var version = KnowledgeFiles.Hash(files);

        foreach (var (path, defines) in CoreFiles.Where(c => !files.Any(f => f.Relative == c.Path)))
        {
            bag.Add(DiagnosticCodes.MissingCoreFile, new Location(path, 1, 1, string.Empty),
                $"the file is missing; it defines the {defines} that other files refer to, so errors naming an unknown one may follow from this (docs/knowledge.md)");
        }

        var context = new LoadContext(bag);
        foreach (var (relative, content) in files)
        {
            ReadFile(relative, content, context);
        }

        var knowledge = KnowledgeAssembler.Assemble(context, version);
        return knowledge is not null && bag.Count == 0
            ? KnowledgeLoadResult.Success(knowledge, files.Count)
            : KnowledgeLoadResult.Failure(bag.Sorted(), version, files.Count);
    }

    private static void ReadFile(string relative, byte[] content, LoadContext context)
    {
        var at = new Location(relative, 1, 1, string.Empty);
        if (TextEncoding.Problem(content, out var offset) is { } problem)
        {
            var (line, column) = LineAndColumn(content, offset);
            context.Bag.Add(DiagnosticCodes.NotUtf8, at with { Line = line, Column = column }, problem);
            return;
        }

        YamlStream stream = [];
        using var reader = new StringReader(new UTF8Encoding(false).GetString(content));
        var scanner = new Scanner(reader);
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException ex)
        {
            var line = (int)Math.Max(1, ex.Start.Line);
            var column = (int)Math.Max(1, ex.Start.Column);
            context.Bag.Add(DiagnosticCodes.MalformedYaml, at with { Line = line, Column = column }, $"malformed YAML: {ex.Message}");
            return;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet 16.3 fails this way on some malformed plain scalars and event sequences (found by the fuzz campaign, docs/fuzzing.md)
            var mark = scanner.CurrentPosition;
            context.Bag.Add(DiagnosticCodes.MalformedYaml, at with { Line = (int)Math.Max(1, mark.Line), Column = (int)Math.Max(1, mark.Column) },
                "malformed YAML: the parser stopped here (an unquoted value it cannot read; quote it)");
            return;
        }

        if (stream.Documents.Count != 1)
        {
            context.Bag.Add(DiagnosticCodes.MalformedYaml, at, $"expected exactly one YAML document but found {stream.Documents.Count}");
            return;
        }

        if (MapNode.From(stream.Documents[0].RootNode, at, context.Bag) is not { } root)
        {
            return;
        }

        Dispatch(root, context);
    }

    private static (int Line, int Column) LineAndColumn(ReadOnlySpan<byte> content, int offset)
    {
        var before = content[..offset];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (before.Count((byte)'\n') + 1, offset - lineStart + 1);
    }

    private static void Dispatch(MapNode root, LoadContext context)
    {
        var kind = root.Text("kind", required: true);
        Action<MapNode, LoadContext>? read = kind switch
        {
            "sources" => SourcesReader.Read,
            "interventions" => VocabularyReader.ReadInterventions,
            "conditions" => VocabularyReader.ReadConditions,
            "grading-scheme" => GradingSchemeReader.Read,
            "guideline" => GuidelineReader.Read,
            "recommendations" => RecommendationsReader.Read,
            "tables" => TablesReader.Read,
            "synthesis" => SynthesisReader.Read,
            "trial" => TrialReader.Read,
            "critique" => CritiqueReader.ReadCritique,
            "conflict-reasons" => CritiqueReader.ReadConflictReasons,
            "criteria" => CriteriaReader.Read,
            "pain-durations" => PainDurationsReader.Read,
            "code-map" => CodeMapReader.Read,
            _ => null,
        };
        if (read is null && kind is not null)
        {
            context.Bag.Add(DiagnosticCodes.UnknownFileKind, root.LocationOf("kind"),
                $"unknown file kind '{kind}'; known: sources, interventions, conditions, grading-scheme, guideline, recommendations, tables, synthesis, trial, critique, conflict-reasons, criteria, pain-durations, code-map");
        }

        read?.Invoke(root, context);
    }
}
