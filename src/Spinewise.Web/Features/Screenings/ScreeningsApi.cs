using Microsoft.AspNetCore.Http.HttpResults;
using Spinewise.Persistence;
using Spinewise.Persistence.Screening;
using Spinewise.Web.Hosting;
using Spinewise.Web.OpenApi;
using Spinewise.Web.Problems;

namespace Spinewise.Web.Features.Screenings;

/// <summary>
/// Population screening of a FHIR Bulk Data export as a job (docs/screening.md, docs/api.md, ADR 016):
/// <c>POST /api/screenings</c>, <c>GET /api/screenings/{id}</c>, <c>GET /api/screenings</c>, <c>DELETE /api/screenings/{id}</c>,
/// <c>GET /api/screenings/{id}/files/{name}</c>. Reports hold patient data: protected as the audit trail is.
/// </summary>
internal static class ScreeningsApi
{
    private static readonly string[] JsonOnly = ["application/json"];

    public static IEndpointRouteBuilder MapScreeningsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/screenings").WithTags("Screenings").RequireAuthorization(AuthSetup.StoredEvaluations);
        group.MapPost("/", SubmitAsync)
            .WithName("SubmitScreening")
            .WithSummary("Queues the screening of a FHIR Bulk Data export in a folder the server may read (Spinewise:Screening:Roots); 202 with Location of the job.")
            .WithBody(new BodyDescription(JsonOnly, "export: the export folder on the server (absolute); asOf: YYYY-MM-DD (default the day it runs); shard: I/N (default 0/1); formats: [\"ndjson\", \"csv\"] (default both).", "application/json", ScreeningRequest.Example))
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapGet("/{id}", GetAsync)
            .WithName("GetScreening")
            .WithSummary("A screening job: state, times, progress with rates; on success the report's summary.json and its files; on failure the error.")
            .WithExamples(("id", "019ad5f2-3c4e-7b1a-9f00-4c2d8e6a1b3f"))
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", ListAsync)
            .WithName("ListScreenings")
            .WithSummary("Screening jobs, newest first; pass nextCursor as cursor for the next page.")
            .WithExamples(("limit", "50"));
        group.MapDelete("/{id}", CancelAsync)
            .WithName("CancelScreening")
            .WithSummary("Cancels a queued job (200, cancelled) or a running one (202; it stops within about a second on whichever replica runs it, leaving no report). 409 for a finished job.")
            .WithExamples(("id", "019ad5f2-3c4e-7b1a-9f00-4c2d8e6a1b3f"))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id}/files/{name}", FileAsync)
            .WithName("GetScreeningFile")
            .WithSummary("One file of a succeeded job's report (summary.json, summary.md, patients.ndjson, patients.csv, bad-lines.csv, invalid-cases.csv).")
            .WithExamples(("id", "019ad5f2-3c4e-7b1a-9f00-4c2d8e6a1b3f"), ("name", "summary.md"))
            .Produces(StatusCodes.Status200OK, responseType: null, contentType: "application/json", "text/markdown", "text/csv", "application/x-ndjson")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Results<Accepted<ScreeningJobContract>, ProblemHttpResult>> SubmitAsync(
        HttpRequest request, ScreeningRoots roots, IScreeningJobStore store, ScreeningWake wake, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!roots.Enabled)
        {
            return ScreeningProblems.NotEnabled();
        }

        var body = await RequestBody.ReadAsync(request, JsonOnly, cancellationToken);
        if (body.Problem is { } bodyProblem)
        {
            return bodyProblem;
        }

        var errors = new List<ProblemError>();
        if (ScreeningRequest.Read(body.Bytes!, errors) is not { } screening)
        {
            return ScreeningProblems.InvalidBody(errors);
        }

        if (roots.Check(screening.Export, out var forbidden, out var problem) is not { } export)
        {
            return forbidden ? ScreeningProblems.OutsideRoots(screening.Export) : ScreeningProblems.InvalidBody([problem!]);
        }

        var now = time.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var job = ScreeningJobRecord.Queue(id, now, export.Folder, screening.AsOf, screening.Shard.ToString(), screening.Formats, Path.Combine(roots.ReportDirectory, id.ToString()));
        await store.CreateAsync(job, cancellationToken);
        wake.Signal();
        return TypedResults.Accepted($"/api/screenings/{id}", ScreeningJobContract.From(job, null));
    }

    private static async Task<Results<Ok<ScreeningJobContract>, ProblemHttpResult>> GetAsync(string id, IScreeningJobStore store, CancellationToken cancellationToken) =>
        await FindAsync(id, store, cancellationToken) is { } job
            ? TypedResults.Ok(ScreeningJobContract.From(job, ScreeningReportFiles.List(job)))
            : NotFound(id);

    private static async Task<Results<Ok<ScreeningJobPageContract>, ProblemHttpResult>> ListAsync(string? cursor, int? limit, IScreeningJobStore store, CancellationToken cancellationToken)
    {
        EvaluationCursor? position = null;
        if (cursor is not null)
        {
            if (!EvaluationCursor.TryParse(cursor, out var parsed))
            {
                return ApiProblem.InvalidParameter("cursor", "invalid-parameter", $"cursor '{cursor}' is not a cursor this API returned (use nextCursor of the page before).");
            }

            position = parsed;
        }

        if (limit is < 1 or > EvaluationQuery.MaxLimit)
        {
            return ApiProblem.InvalidParameter("limit", "invalid-parameter", $"limit {limit} is not between 1 and {EvaluationQuery.MaxLimit}.");
        }

        var page = await store.ListAsync(position, limit ?? EvaluationQuery.DefaultLimit, cancellationToken);
        return TypedResults.Ok(new ScreeningJobPageContract([.. page.Items.Select(j => ScreeningJobContract.From(j with { Summary = null }, null))], page.NextCursor?.ToString()));
    }

    private static async Task<Results<Ok<ScreeningJobContract>, Accepted<ScreeningJobContract>, ProblemHttpResult>> CancelAsync(string id, IScreeningJobStore store, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var guid) || await store.RequestCancelAsync(guid, cancellationToken) is not { } job)
        {
            return NotFound(id);
        }

        var contract = ScreeningJobContract.From(job, null);
        return job.State switch
        {
            ScreeningJobState.Running => TypedResults.Accepted($"/api/screenings/{id}", contract),
            ScreeningJobState.Cancelled => TypedResults.Ok(contract),
            _ => ScreeningProblems.Conflict("Screening already finished", $"Screening job {id} has {contract.State}; only a queued or running job can be cancelled."),
        };
    }

    private static async Task<Results<PhysicalFileHttpResult, ProblemHttpResult>> FileAsync(string id, string name, IScreeningJobStore store, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, store, cancellationToken) is not { } job)
        {
            return NotFound(id);
        }

        if (job.State != ScreeningJobState.Succeeded)
        {
            return ScreeningProblems.Conflict("No report", $"Screening job {id} is {ScreeningJobContract.StateName(job.State)}; only a succeeded job has a report.");
        }

        return ScreeningReportFiles.Find(job, name) is { } path
            ? TypedResults.PhysicalFile(path, ScreeningReportFiles.MediaType(name), enableRangeProcessing: true)
            : ApiProblem.NotFound("report file", name, [.. ScreeningReportFiles.List(job)?.Select(f => f.Name) ?? []], "name");
    }

    private static async Task<ScreeningJobRecord?> FindAsync(string id, IScreeningJobStore store, CancellationToken cancellationToken) =>
        Guid.TryParse(id, out var guid) ? await store.GetAsync(guid, cancellationToken) : null;

    private static ProblemHttpResult NotFound(string id) => ApiProblem.NotFound("screening job", id, []);
}
