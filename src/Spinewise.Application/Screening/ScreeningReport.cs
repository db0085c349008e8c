using System.Globalization;
using System.Text.Json;
using Spinewise.Application.Json;
using Spinewise.Fhir.Bulk;

namespace Spinewise.Application.Screening;

/// <summary>
/// A screening report written as a whole or not at all (docs/screening.md): the files go to a temporary folder beside
/// the report folder (<c>.NAME.partial-PID-RANDOM</c>: unique even for a retried container whose process id is again 1), which is moved into place at the end and deleted when the run stops
/// (cancelled, an error). The CLI's <c>spinewise screen</c> and the web app's screening jobs write reports this way.
/// </summary>
/// <param name="host">The knowledge and the clock.</param>
public sealed class ScreeningReport(KnowledgeHost host)
{
    /// <summary>Why a report cannot be written to <paramref name="target"/> (it is a file, or a folder that is not empty), or null.</summary>
    /// <param name="target">The report folder, full path.</param>
    /// <returns>The problem in words, or <see langword="null"/>.</returns>
    public static string? TargetProblem(string target) =>
        File.Exists(target) || (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
            ? $"{target} already exists and is not an empty folder; give a new folder"
            : null;

    /// <summary>Screens <paramref name="files"/> into the report folder <paramref name="target"/>.</summary>
    /// <param name="files">The export's files (<see cref="BulkExport.Find"/>).</param>
    /// <param name="target">The report folder (full path; absent or empty).</param>
    /// <param name="options">Date, shard, formats.</param>
    /// <param name="progress">Told the bytes read, then the patients done; may be null.</param>
    /// <param name="cancellation">Stops the run; nothing is left behind.</param>
    /// <returns>The summary of the report written.</returns>
    /// <exception cref="OperationCanceledException">Stopped; no report was written.</exception>
    /// <exception cref="IOException">A file could not be read or written; no report was written.</exception>
    public ExportScreeningSummary Write(IReadOnlyList<BulkFile> files, string target, ScreeningOptions options,
        IProgress<ScreeningProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var asOf = options.AsOf ?? host.Today;
        return WriteAtomically(target, temporary =>
        {
            ExportScreeningSummary summary;
            using (var sink = new ScreeningReportSink(temporary, options.Ndjson, options.Csv))
            {
                summary = new ScreenExport(host).Execute(files, Path.Combine(temporary, "partitions"), asOf, options.Shard, sink, progress, cancellation);
            }

            Directory.Delete(Path.Combine(temporary, "partitions"), recursive: true);
            WriteSummary(temporary, ScreeningSummaryJson.From(host.Version, asOf, options.Shard, summary), summary);
            return summary;
        });
    }

    /// <summary>Writes <c>summary.json</c> and <c>summary.md</c> into <paramref name="folder"/>.</summary>
    /// <param name="folder">The report folder.</param>
    /// <param name="document">The summary document.</param>
    /// <param name="summary">The summary it was made from.</param>
    public static void WriteSummary(string folder, ScreeningSummaryJson document, ExportScreeningSummary summary)
    {
        using (var stream = new FileStream(Path.Combine(folder, "summary.json"), FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(stream, document, ContractJson.Options);
        }

        ScreeningMarkdown.Write(folder, document, summary);
    }

    /// <summary>Runs <paramref name="write"/> into a temporary folder beside <paramref name="target"/> and moves it into place; deletes it on failure.</summary>
    /// <typeparam name="T">What the write returns.</typeparam>
    /// <param name="target">The report folder (full path; absent or empty).</param>
    /// <param name="write">Writes the report into the folder it is given.</param>
    /// <returns>What <paramref name="write"/> returned.</returns>
    public static T WriteAtomically<T>(string target, Func<string, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.partial-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid().ToString("N")[..8]}");
        try
        {
            Directory.CreateDirectory(temporary);
            var result = write(temporary);
            if (Directory.Exists(target))
            {
                Directory.Delete(target);
            }

            Directory.Move(temporary, target);
            return result;
        }
        finally
        {
            if (Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }
        }
    }
}

/// <summary>What a screening run does.</summary>
/// <param name="AsOf">The evaluation date; null for today.</param>
/// <param name="Shard">The patients kept (<see cref="BulkShard.All"/> for every one).</param>
/// <param name="Ndjson">Whether to write <c>patients.ndjson</c>.</param>
/// <param name="Csv">Whether to write <c>patients.csv</c>.</param>
public sealed record ScreeningOptions(DateOnly? AsOf, BulkShard Shard, bool Ndjson = true, bool Csv = true);
