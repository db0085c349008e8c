using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Spinewise.Application;
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
    private static readonly string[] CaseOrFhir = [EvaluationRecorder.JsonMediaType, EvaluateFhirBundle.MediaType];

    public static IEndpointRouteBuilder MapEvaluateApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/evaluate", EvaluateAsync)
            .WithTags("Evaluations")
            .WithName("Evaluate")
            .WithSummary("Evaluates one patient case (docs/case.md) or FHIR R4 Bundle (docs/fhir.md) and stores it before answering.")
            .WithDescription(
                "The answer is the JSON of `spinewise recommend --json` with `evaluationId` added first; `Location` names the stored "
                + "evaluation. `asOf` (YYYY-MM-DD) is the date to evaluate as of when the case has none (default today). Nothing is "
                + "stored when the case is invalid. With `Content-Type: application/fhir+json` the body is a FHIR R4 Bundle (searchset, "
                + "collection or transaction): the answer is `{ evaluationId, decision, case, unmapped }` — the decision as for a case, the "
                + "case the chart mapped to (docs/case.md) and the codes that map to nothing; invalid FHIR is 400 and a chart that maps to "
                + "an invalid case 422, each problem at its FHIR element (docs/fhir.md).")
            .WithBody(
                new BodyDescription(CaseOrFhir, "A patient case (docs/case.md; its JSON Schema is docs/case.schema.json), or a FHIR R4 Bundle (docs/fhir.md).", EvaluationRecorder.JsonMediaType, CaseExample.Json),
                ("asOf", "2026-01-15"))
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(AuthSetup.StoredEvaluations);
        return api;
    }

    private static async Task<Results<CreatedEvaluation, ProblemHttpResult>> EvaluateAsync(
        HttpRequest request, string? asOf, EvaluateCase evaluate, EvaluateFhirBundle evaluateFhir, EvaluationRecorder recorder, CancellationToken cancellationToken)
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

        var body = await RequestBody.ReadAsync(request, CaseOrFhir, cancellationToken);
        if (body.Problem is { } problem)
        {
            return problem;
        }

        if (string.Equals(RequestBody.MediaType(request.ContentType), EvaluateFhirBundle.MediaType, StringComparison.OrdinalIgnoreCase))
        {
            if (!evaluateFhir.Execute(body.Bytes, InputName, date).TryGetValue(out var chart, out var invalid))
            {
                return invalid is InvalidCaseFailure fhirFailure ? FailureProblems.InvalidFhir(fhirFailure.Diagnostics) : invalid.ToProblem();
            }

            var (chartId, chartOutput) = await recorder.RecordAsync(body.Bytes!, chart, cancellationToken);
            return new CreatedEvaluation(chartId, chartOutput);
        }

        if (!evaluate.Execute(body.Bytes, InputName, date).TryGetValue(out var evaluation, out var failure))
        {
            return failure.ToProblem();
        }

        var (id, output) = await recorder.RecordAsync(body.Bytes!, evaluation, cancellationToken);
        return new CreatedEvaluation(id, output);
    }
}
