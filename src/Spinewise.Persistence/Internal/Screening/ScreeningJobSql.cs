using Spinewise.Persistence.Screening;

namespace Spinewise.Persistence.Internal.Screening;

/// <summary>
/// The statements of the screening job store, one text for both providers (SQLite 3.35+ and PostgreSQL both have
/// <c>RETURNING</c>, row values and <c>TRUE</c>). Each change is one statement, so it is atomic on its own: the claim's
/// <c>WHERE … state = 'queued'</c>, and the owner's <c>WHERE owner = @owner AND state = 'running'</c>, are what keep two
/// replicas from running one job or overwriting each other.
/// </summary>
internal static class ScreeningJobSql
{
    public const string Columns =
        "id, created_at, state, export, as_of, shard, formats, report, owner, attempts, started_at, finished_at, updated_at, " +
        "lease_expires_at, cancel_requested, bytes_read, bytes, patients, error, summary, screened";

    public const string Insert =
        "INSERT INTO screening_jobs (id, created_at, state, export, as_of, shard, formats, report, updated_at) " +
        "VALUES (@id, @created_at, 'queued', @export, @as_of, @shard, @formats, @report, @created_at)";

    public const string SelectOne = "SELECT " + Columns + " FROM screening_jobs WHERE id = @id";

    public const string Heartbeat =
        "UPDATE screening_jobs SET bytes_read = @bytes_read, bytes = @bytes, patients = @patients, screened = @screened, updated_at = @now, lease_expires_at = @lease " +
        "WHERE id = @id AND owner = @owner AND state = 'running' RETURNING cancel_requested";

    public const string Finish =
        "UPDATE screening_jobs SET state = @state, owner = NULL, finished_at = @now, updated_at = @now, lease_expires_at = NULL, " +
        "bytes_read = @bytes_read, bytes = @bytes, patients = @patients, screened = @screened, error = @error, summary = @summary " +
        "WHERE id = @id AND owner = @owner AND state = 'running'";

    public const string Requeue =
        "UPDATE screening_jobs SET state = CASE WHEN cancel_requested THEN 'cancelled' ELSE 'queued' END, " +
        "finished_at = CASE WHEN cancel_requested THEN @now ELSE NULL END, owner = NULL, lease_expires_at = NULL, updated_at = @now, " +
        "bytes_read = 0, bytes = 0, patients = 0, screened = 0 " +
        "WHERE id = @id AND owner = @owner AND state = 'running'";

    public const string Cancel =
        "UPDATE screening_jobs SET cancel_requested = TRUE, " +
        "state = CASE WHEN state = 'queued' THEN 'cancelled' ELSE state END, " +
        "finished_at = CASE WHEN state = 'queued' THEN @now ELSE finished_at END, updated_at = @now " +
        "WHERE id = @id AND state IN ('queued', 'running')";

    public const string Expire =
        "UPDATE screening_jobs SET state = 'failed', owner = NULL, lease_expires_at = NULL, finished_at = @now, updated_at = @now, error = @error " +
        "WHERE state = 'running' AND lease_expires_at < @now RETURNING " + Columns;

    public const string ExpiredError =
        "The replica running this job stopped renewing its lease (it stopped, or lost the database) before the report was finished; " +
        "no report was written. Submit the job again.";

    /// <summary>The claim: the oldest queued job becomes running, in one statement.</summary>
    public static string Claim(string lockQueued) =>
        "UPDATE screening_jobs SET state = 'running', owner = @owner, attempts = attempts + 1, started_at = @now, updated_at = @now, " +
        "lease_expires_at = @lease, bytes_read = 0, bytes = 0, patients = 0, screened = 0 " +
        "WHERE id = (SELECT id FROM screening_jobs WHERE state = 'queued' ORDER BY created_at, id LIMIT 1" + lockQueued + ") " +
        "AND state = 'queued' RETURNING " + Columns;

    public static string List(bool cursor) =>
        "SELECT " + Columns + " FROM screening_jobs" +
        (cursor ? " WHERE (created_at, id) < (@cursor_created_at, @cursor_id)" : "") +
        " ORDER BY created_at DESC, id DESC LIMIT @limit";

    public static string Name(ScreeningJobState state) => state switch
    {
        ScreeningJobState.Queued => "queued",
        ScreeningJobState.Running => "running",
        ScreeningJobState.Succeeded => "succeeded",
        ScreeningJobState.Failed => "failed",
        ScreeningJobState.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown screening job state."),
    };

    public static ScreeningJobState Parse(string name) => name switch
    {
        "queued" => ScreeningJobState.Queued,
        "running" => ScreeningJobState.Running,
        "succeeded" => ScreeningJobState.Succeeded,
        "failed" => ScreeningJobState.Failed,
        "cancelled" => ScreeningJobState.Cancelled,
        _ => throw new InvalidOperationException($"Unknown screening job state '{name}' in the database."),
    };
}
