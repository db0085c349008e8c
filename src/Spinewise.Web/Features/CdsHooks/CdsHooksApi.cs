using Microsoft.AspNetCore.Http.HttpResults;
using Spinewise.Web.CdsSecurity;
using Spinewise.Web.Features.Evaluations;
using Spinewise.Web.Problems;

namespace Spinewise.Web.Features.CdsHooks;

/// <summary>
/// The CDS Hooks 2.0 service (docs/cds-hooks.md): <c>GET /cds-services</c> (discovery), <c>POST /cds-services/{id}</c>
/// (a hook call, answered with cards and stored first) and <c>POST /cds-services/{id}/feedback</c>. All of them answer
/// CORS preflight for the origins configured; calls and feedback form one route group, on which the EHR's JWT is
/// verified (docs/cds-security.md) before anything is read, evaluated or stored. Discovery stays open: it lists
/// nothing about patients. Not in the OpenAPI document: discovery is this API's own description.
/// </summary>
internal static class CdsHooksApi
{
    public const string CorsPolicy = "cds-hooks";
    private static readonly string[] JsonOnly = [EvaluationRecorder.JsonMediaType];

    /// <summary>Maps the routes and returns the group of service calls and feedback (for the token filter).</summary>
    public static RouteGroupBuilder MapCdsHooksApi(this IEndpointRouteBuilder app)
    {
        var root = app.MapGroup("/cds-services").RequireCors(CorsPolicy).ExcludeFromDescription();
        root.MapGet("/", Discovery).WithName("CdsDiscovery");
        var calls = root.MapGroup("").RequireCdsHooksToken();
        calls.MapPost("/{id}", CallAsync).WithName("CdsServiceCall");
        calls.MapPost("/{id}/feedback", FeedbackAsync).WithName("CdsFeedback");
        return calls;
    }

    private static Ok<CdsDiscovery> Discovery(CdsServiceCatalog catalog) => TypedResults.Ok(new CdsDiscovery(catalog.Services));

    private static async Task<IResult> CallAsync(
        string id, HttpRequest request, CdsServiceCatalog catalog, CdsHookHandler handler, CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is not { } service)
        {
            return CdsProblems.UnknownService(id, [.. catalog.Services.Select(s => s.Id)]);
        }

        var body = await RequestBody.ReadAsync(request, JsonOnly, cancellationToken);
        return body.Problem is { } problem ? problem : await handler.HandleAsync(service, body.Bytes!, request, cancellationToken);
    }

    private static async Task<Results<Ok, ProblemHttpResult>> FeedbackAsync(
        string id, HttpRequest request, CdsServiceCatalog catalog, CdsFeedbackRecorder recorder, CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is not { } service)
        {
            return CdsProblems.UnknownService(id, [.. catalog.Services.Select(s => s.Id)]);
        }

        var body = await RequestBody.ReadAsync(request, JsonOnly, cancellationToken);
        if (body.Problem is { } problem)
        {
            return problem;
        }

        var (items, errors) = CdsFeedbackReader.Read(body.Bytes!);
        if (errors.Count > 0)
        {
            return ApiProblem.Invalid(StatusCodes.Status400BadRequest, "Malformed CDS Hooks feedback", string.Join(" ", errors.Select(e => e.Message)), errors);
        }

        await recorder.RecordAsync(service.Id, items, cancellationToken);
        return TypedResults.Ok();
    }
}

/// <summary>The discovery response: <c>{"services":[…]}</c>.</summary>
internal sealed record CdsDiscovery(IReadOnlyList<CdsService> Services);
