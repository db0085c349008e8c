using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Spinewise.Application.Evaluations;
using Spinewise.Web.Hosting;
using Spinewise.Web.OpenApi;
using Spinewise.Web.Problems;

namespace Spinewise.Web.Features.Evaluations;

/// <summary><c>POST /api/evaluate</c>: one patient case evaluated, stored, then answered.</summary>
internal static class EvaluateApi
{
    public const string InputName = "request body";
    private static readonly string[] JsonOnly = [EvaluationRecorder.JsonMediaType];

    public static IEndpointRouteBuilder MapEvaluateApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/evaluate", EvaluateAsync)
            .WithTags("Evaluations")
            .WithName("Evaluate")
            .WithSummary("Evaluates one patient case (docs/case.md) and stores it before answering.")
            .WithDescription(
                "The answer is the JSON of `spinewise recommend --json` with `evaluationId` added first; `Location` names the stored "
                + "evaluation. `asOf` (YYYY-MM-DD) is the date to evaluate as of when the case has none (default today). Nothing is "
                + "stored when the case is invalid.")
            .WithBody(
                new BodyDescription(JsonOnly, "A patient case (docs/case.md; its JSON Schema is docs/case.schema.json).", EvaluationRecorder.JsonMediaType, CaseExample.Json),
                ("asOf", "2026-01-15"))
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(AuthSetup.StoredEvaluations);
        return api;
    }

    private static async Task<Results<CreatedEvaluation, ProblemHttpResult>> EvaluateAsync(
        HttpRequest request, string? asOf, EvaluateCase evaluate, EvaluationRecorder recorder, CancellationToken cancellationToken)
    {
        DateOnly? date = null;
        if (asOf is not null)
        {
            if (!DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return ApiProblem.InvalidParameter("asOf", "invalid-parameter", $"asOf '{asOf}' is not a date as YYYY-MM-DD.");
            }

            date = parsed;
        }

        var body = await RequestBody.ReadAsync(request, JsonOnly, cancellationToken);
        if (body.Problem is { } problem)
        {
            return problem;
        }

        if (!evaluate.Execute(body.Bytes, InputName, date).TryGetValue(out var evaluation, out var failure))
        {
            return failure.ToProblem();
        }

        var (id, output) = await recorder.RecordAsync(body.Bytes!, evaluation, cancellationToken);
        return new CreatedEvaluation(id, output);
    }
}
