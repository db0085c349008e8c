using Microsoft.AspNetCore.Http.HttpResults;
using Spinewise.Application.Contracts.Diff;
using Spinewise.Application.Evaluations;
using Spinewise.Persistence;
using Spinewise.Web.Features.CdsHooks;
using Spinewise.Web.Hosting;
using Spinewise.Web.Problems;
using Spinewise.Web.OpenApi;

namespace Spinewise.Web.Features.Evaluations;

/// <summary>
/// <c>POST /api/evaluations/{id}/replay</c>: the stored input evaluated again, as of its stored date, on the knowledge
/// served now, and what changed since the stored answer — when a guideline is added or corrected, whose advice changes.
/// </summary>
internal static class ReplayApi
{
    public static IEndpointRouteBuilder MapReplayApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/evaluations/{id}/replay", ReplayAsync)
            .WithTags("Evaluations")
            .WithName("ReplayEvaluation")
            .WithSummary("Evaluates the stored input again on the knowledge served now and lists what changed since: each procedure's status, each recommendation's stance and applicability, conflicts, questions.")
            .WithExamples(("id", "019ad5f2-3c4e-7b1a-9f00-4c2d8e6a1b3f"))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(AuthSetup.StoredEvaluations);
        return api;
    }

    private static async Task<Results<Ok<EvaluationDiffContract>, ProblemHttpResult>> ReplayAsync(
        string id, IEvaluationStore store, StoredEvaluations evaluations, CancellationToken cancellationToken)
    {
        if (await EvaluationsApi.FindAsync(id, store, cancellationToken) is not { } record)
        {
            return EvaluationsApi.NotFound(id);
        }

        if (record.Channel == CdsHookRecorder.Channel)
        {
            return ApiProblem.Invalid(
                StatusCodes.Status400BadRequest,
                "Not replayable",
                $"Evaluation {id} answered a CDS Hooks call; hook calls are not replayed (the chart may have come from the EHR's FHIR server, which the stored request does not hold).",
                [new ProblemError("not-replayable", "A CDS Hooks call is not replayed.", Parameter: "id")]);
        }

        var before = await evaluations.EvaluateAsync(record, host: null, cancellationToken);
        var after = await evaluations.EvaluateAsync(record, evaluations.Current, cancellationToken);
        return TypedResults.Ok(EvaluationDiff.Between(before.Contract, after.Contract));
    }
}
