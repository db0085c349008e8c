using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Spinewise.Application.Contracts.Stored;
using Spinewise.Application.Evaluations;
using Spinewise.Persistence;
using Spinewise.Web.Features.CdsHooks;
using Spinewise.Web.Hosting;
using Spinewise.Web.OpenApi;
using Spinewise.Web.Problems;

namespace Spinewise.Web.Features.Evaluations;

/// <summary>
/// The audit trail: <c>GET /api/evaluations/{id}</c> (the stored record with its answer re-computed on its own
/// knowledge version), <c>GET /api/evaluations</c> (paged), <c>POST /api/evaluations/{id}/replay</c> (what would
/// change on the knowledge served now). Protected by <see cref="AuthSetup.StoredEvaluations"/>.
/// </summary>
internal static class EvaluationsApi
{
    public static IEndpointRouteBuilder MapEvaluationsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/evaluations").WithTags("Evaluations").RequireAuthorization(AuthSetup.StoredEvaluations);
        group.MapGet("/{id}", GetAsync)
            .WithName("GetEvaluation")
            .WithSummary("A stored evaluation: input as received, knowledge version, time, and the answer re-computed on that version with a check of its SHA-256.")
            .WithExamples(("id", "019ad5f2-3c4e-7b1a-9f00-4c2d8e6a1b3f"))
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", ListAsync)
            .WithName("ListEvaluations")
            .WithSummary("Stored evaluations, newest first, by case id, CDS Hooks hookInstance and time range (from inclusive, to exclusive; ISO 8601); pass nextCursor as cursor for the next page.")
            .WithExamples(("caseId", "stenosis-claudication"), ("hookInstance", "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea"), ("from", "2026-12-01T00:00:00Z"), ("to", "2026-12-02T00:00:00Z"), ("limit", "50"));
        return api;
    }

    private static async Task<Results<Ok<StoredEvaluationContract>, JsonHttpResult<StoredHookCall>, ProblemHttpResult>> GetAsync(
        string id, IEvaluationStore store, StoredEvaluations evaluations, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, store, cancellationToken) is not { } record)
        {
            return NotFound(id);
        }

        if (record.Channel == CdsHookRecorder.Channel)
        {
            return TypedResults.Json(StoredHookCall.From(record)); // described in docs/cds-hooks.md, not as this operation's schema
        }

        var (recomputed, output) = await evaluations.RecomputeAsync(record, host: null, cancellationToken);
        return TypedResults.Ok(StoredEvaluationMapping.Contract(record, recomputed, output));
    }

    private static async Task<Results<Ok<EvaluationPageContract>, ProblemHttpResult>> ListAsync(
        string? caseId, string? hookInstance, string? from, string? to, string? cursor, int? limit, IEvaluationStore store, CancellationToken cancellationToken)
    {
        var errors = new List<ProblemError>();
        var fromTime = Time("from", from, errors);
        var toTime = Time("to", to, errors);
        EvaluationCursor? position = null;
        if (cursor is not null)
        {
            if (EvaluationCursor.TryParse(cursor, out var parsed))
            {
                position = parsed;
            }
            else
            {
                errors.Add(new ProblemError("invalid-parameter", $"cursor '{cursor}' is not a cursor this API returned (use nextCursor of the page before).", Parameter: "cursor"));
            }
        }

        if (limit is < 1 or > EvaluationQuery.MaxLimit)
        {
            errors.Add(new ProblemError("invalid-parameter", $"limit {limit} is not between 1 and {EvaluationQuery.MaxLimit}.", Parameter: "limit"));
        }

        if (errors.Count > 0)
        {
            return ApiProblem.Invalid(StatusCodes.Status400BadRequest, "Invalid query parameter", string.Join(" ", errors.Select(e => e.Message)), errors);
        }

        var page = await store.ListAsync(
            new EvaluationQuery { CaseId = caseId, HookInstance = hookInstance, From = fromTime, To = toTime, Cursor = position, Limit = limit ?? EvaluationQuery.DefaultLimit },
            cancellationToken);
        return TypedResults.Ok(new EvaluationPageContract([.. page.Items.Select(StoredEvaluationMapping.Summary)], page.NextCursor?.ToString()));
    }

    internal static async Task<EvaluationRecord?> FindAsync(string id, IEvaluationStore store, CancellationToken cancellationToken) =>
        Guid.TryParse(id, out var guid) ? await store.GetAsync(guid, cancellationToken) : null;

    internal static ProblemHttpResult NotFound(string id) => ApiProblem.NotFound("evaluation", id, []);

    private static DateTimeOffset? Time(string parameter, string? text, List<ProblemError> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time;
        }

        errors.Add(new ProblemError("invalid-parameter", $"{parameter} '{text}' is not a time as ISO 8601 (e.g. 2026-12-01T00:00:00Z).", Parameter: parameter));
        return null;
    }
}
