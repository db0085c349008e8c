using System.Text.Json;
using Spinewise.Persistence.Screening;

namespace Spinewise.Web.Features.Screenings;

/// <summary>A screening job as the API shows it (docs/api.md).</summary>
/// <param name="Id">The job's id.</param>
/// <param name="State"><c>queued</c>, <c>running</c>, <c>succeeded</c>, <c>failed</c> or <c>cancelled</c>.</param>
/// <param name="Export">The export folder (full path, links resolved).</param>
/// <param name="AsOf">The evaluation date; absent for the day the job runs (the summary then names it).</param>
/// <param name="Shard">The shard, <c>I/N</c>.</param>
/// <param name="Formats">The per-patient files written.</param>
/// <param name="CreatedAt">When it was submitted.</param>
/// <param name="StartedAt">When its (last) run started.</param>
/// <param name="FinishedAt">When it succeeded, failed or was cancelled.</param>
/// <param name="UpdatedAt">Its last change (progress is written about once a second).</param>
/// <param name="Attempts">How many times a replica started it (more than one after a re-queue on shutdown).</param>
/// <param name="CancelRequested">Whether a cancellation was requested.</param>
/// <param name="Progress">How far it is.</param>
/// <param name="Error">Why it failed, in words.</param>
/// <param name="Summary">On success, the report's summary.json.</param>
/// <param name="Files">On success, the report's files.</param>
internal sealed record ScreeningJobContract(
    Guid Id, string State, string Export, string? AsOf, string Shard, IReadOnlyList<string> Formats, DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, DateTimeOffset UpdatedAt, int Attempts, bool CancelRequested,
    ScreeningProgressContract Progress, string? Error, JsonElement? Summary, IReadOnlyList<ScreeningFileContract>? Files)
{
    public static string StateName(ScreeningJobState state) => state switch
    {
        ScreeningJobState.Queued => "queued",
        ScreeningJobState.Running => "running",
        ScreeningJobState.Succeeded => "succeeded",
        ScreeningJobState.Failed => "failed",
        ScreeningJobState.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown screening job state."),
    };

    public static ScreeningJobContract From(ScreeningJobRecord job, IReadOnlyList<ScreeningFileContract>? files)
    {
        JsonElement? summary = null;
        if (job.Summary is { } bytes)
        {
            using var document = JsonDocument.Parse(bytes);
            summary = document.RootElement.Clone();
        }

        return new ScreeningJobContract(
            job.Id, StateName(job.State), job.Export, job.AsOf?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), job.Shard,
            job.Formats.Split(','), job.CreatedAt, job.StartedAt, job.FinishedAt, job.UpdatedAt, job.Attempts, job.CancelRequested,
            ScreeningProgressContract.From(job), job.Error, summary, files);
    }
}

/// <summary>How far a job is, with its rates since it started.</summary>
/// <param name="Phase"><c>waiting</c> (queued), <c>reading</c> (the export is read and partitioned by patient), <c>screening</c> (patients mapped and evaluated), <c>done</c>.</param>
/// <param name="BytesRead">Bytes of the export read.</param>
/// <param name="Bytes">The export's bytes (0 until the run has started).</param>
/// <param name="Patients">Patients screened.</param>
/// <param name="ElapsedSeconds">Seconds from the start to the last progress written (or the end).</param>
/// <param name="BytesPerSecond">Bytes read per second.</param>
/// <param name="PatientsPerSecond">Patients screened per second.</param>
/// <param name="Screened">The share of the export's partitions screened, 0 to 1 (patients are spread evenly over them by their id's hash).</param>
/// <param name="EtaSeconds">
/// Seconds until the end, estimated: while reading, until the export is read at the rate so far; while screening, the
/// time so far scaled by the share of partitions left (it counts the reading in the rate, so it errs long).
/// </param>
internal sealed record ScreeningProgressContract(
    string Phase, long BytesRead, long Bytes, long Patients, double? ElapsedSeconds, double? BytesPerSecond, double? PatientsPerSecond, double Screened, double? EtaSeconds)
{
    public static ScreeningProgressContract From(ScreeningJobRecord job)
    {
        var p = job.Progress;
        var phase = job.State switch
        {
            ScreeningJobState.Queued => "waiting",
            ScreeningJobState.Running => p.Bytes == 0 || p.BytesRead < p.Bytes ? "reading" : "screening",
            _ => "done",
        };
        double? elapsed = job.StartedAt is { } started ? Math.Max(((job.FinishedAt ?? job.UpdatedAt) - started).TotalSeconds, 0) : null;
        double? Rate(long count) => elapsed is > 0 ? Math.Round(count / elapsed.Value, 1) : null;
        var bytesPerSecond = Rate(p.BytesRead);
        double? eta = phase switch
        {
            "reading" when bytesPerSecond is > 0 && p.Bytes > 0 => Math.Round((p.Bytes - p.BytesRead) / bytesPerSecond.Value, 1),
            "screening" when p.Screened is > 0 and <= 1 && elapsed is > 0 => Math.Round(elapsed.Value * (1 - p.Screened) / p.Screened, 1),
            "done" => 0,
            _ => null,
        };
        var screened = job.State == ScreeningJobState.Succeeded ? 1 : Math.Round(Math.Clamp(p.Screened, 0, 1), 4);
        return new ScreeningProgressContract(phase, p.BytesRead, p.Bytes, p.Patients, elapsed is { } e ? Math.Round(e, 3) : null, bytesPerSecond, Rate(p.Patients), screened, eta);
    }
}

/// <summary>One file of a job's report.</summary>
/// <param name="Name">The file name.</param>
/// <param name="Bytes">Its size.</param>
/// <param name="MediaType">Its media type.</param>
/// <param name="Href">Where to download it.</param>
internal sealed record ScreeningFileContract(string Name, long Bytes, string MediaType, string Href);

/// <summary>A page of jobs, newest first.</summary>
/// <param name="Items">The jobs (without summaries and files: get each for those).</param>
/// <param name="NextCursor">Pass as <c>cursor</c> for the next page; absent on the last.</param>
internal sealed record ScreeningJobPageContract(IReadOnlyList<ScreeningJobContract> Items, string? NextCursor);
