namespace Spinewise.Persistence.Screening;

/// <summary>
/// One screening job as stored (table <c>screening_jobs</c>): what to screen, where the report goes, and how far it is.
/// A new job is built with <see cref="Queue"/>; the store changes it only through its own operations.
/// </summary>
public sealed record ScreeningJobRecord
{
    /// <summary>The job's id (UUIDv7).</summary>
    public required Guid Id { get; init; }

    /// <summary>When it was submitted.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Where it is.</summary>
    public ScreeningJobState State { get; init; } = ScreeningJobState.Queued;

    /// <summary>The export folder: full path, symbolic links resolved.</summary>
    public required string Export { get; init; }

    /// <summary>The evaluation date; null for the day the job runs.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The shard as <c>I/N</c> (<c>0/1</c>: every patient).</summary>
    public required string Shard { get; init; }

    /// <summary>The per-patient files to write: <c>ndjson</c>, <c>csv</c> or <c>ndjson,csv</c>.</summary>
    public required string Formats { get; init; }

    /// <summary>The report folder the job writes (full path).</summary>
    public required string Report { get; init; }

    /// <summary>The replica running it; null unless running.</summary>
    public string? Owner { get; init; }

    /// <summary>How many times a replica has claimed it (more than one after a re-queue on shutdown).</summary>
    public int Attempts { get; init; }

    /// <summary>When the last claim started it.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it succeeded, failed or was cancelled.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>The last change (progress is written about once a second while it runs).</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>While running: until when the owner's lease holds.</summary>
    public DateTimeOffset? LeaseExpiresAt { get; init; }

    /// <summary>Whether a cancellation has been requested.</summary>
    public bool CancelRequested { get; init; }

    /// <summary>How far it is.</summary>
    public ScreeningJobProgress Progress { get; init; }

    /// <summary>Why it failed, in words.</summary>
    public string? Error { get; init; }

    /// <summary>The report's <c>summary.json</c> exactly as written, when it succeeded.</summary>
    public byte[]? Summary { get; init; }

    /// <summary>A new queued job.</summary>
    /// <param name="id">A UUIDv7.</param>
    /// <param name="createdAt">The submission time.</param>
    /// <param name="export">The export folder (full path, links resolved).</param>
    /// <param name="asOf">The evaluation date, or null.</param>
    /// <param name="shard">The shard as <c>I/N</c>.</param>
    /// <param name="formats">The per-patient files.</param>
    /// <param name="report">The report folder.</param>
    /// <returns>The record to pass to <see cref="IScreeningJobStore.CreateAsync"/>.</returns>
    public static ScreeningJobRecord Queue(Guid id, DateTimeOffset createdAt, string export, DateOnly? asOf, string shard, string formats, string report) =>
        new() { Id = id, CreatedAt = createdAt, UpdatedAt = createdAt, Export = export, AsOf = asOf, Shard = shard, Formats = formats, Report = report };
}
