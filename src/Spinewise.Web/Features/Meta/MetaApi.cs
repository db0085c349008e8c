using Microsoft.AspNetCore.Http.HttpResults;
using Spinewise.Application.Meta;
using Spinewise.Web.OpenApi;
using Spinewise.Web.Problems;

namespace Spinewise.Web.Features.Meta;

/// <summary>
/// <c>POST /api/meta/{analysis}</c>: the CLI's <c>meta</c> commands over HTTP — the rows as the body (CSV or JSON
/// rows), the options as query parameters named like the CLI's (<c>?measure=RR&amp;ai=tpos…</c>), the same JSON keys
/// as <c>--json</c>. The use cases check the options themselves, naming any unknown one.
/// </summary>
internal static class MetaApi
{
    public static IEndpointRouteBuilder MapMetaApi(this IEndpointRouteBuilder api)
    {
        var meta = api.MapGroup("/meta").WithTags("Meta-analysis").WithMetadata(new OpenQueryAttribute());
        Analysis(meta, "escalc", "Effect sizes and sampling variances per study, as metafor's escalc().", EscalcUseCase.Options, (EscalcUseCase u, MetaRequest r) => u.Run(r));
        Analysis(meta, "rma", "Random-, mixed- or equal-effects model, meta-regression or subgroups, as metafor's rma().", RmaUseCase.Options, (RmaUseCase u, MetaRequest r) => u.Run(r));
        Analysis(meta, "mh", "Mantel-Haenszel pooling, as metafor's rma.mh().", MantelHaenszelUseCase.Options, (MantelHaenszelUseCase u, MetaRequest r) => u.Run(r));
        Analysis(meta, "peto", "Peto's method, as metafor's rma.peto().", PetoUseCase.Options, (PetoUseCase u, MetaRequest r) => u.Run(r));
        Analysis(meta, "leave1out", "Leave-one-out estimates, as metafor's leave1out().", Leave1OutUseCase.Options, (Leave1OutUseCase u, MetaRequest r) => u.Run(r));
        Analysis(meta, "influence", "Influence diagnostics, as metafor's influence().", InfluenceUseCase.Options, (InfluenceUseCase u, MetaRequest r) => u.Run(r));
        Analysis(meta, "regtest", "Egger-type regression test for funnel asymmetry, as metafor's regtest().", RegTestUseCase.Options, (RegTestUseCase u, MetaRequest r) => u.Run(r));
        Analysis(meta, "ranktest", "Begg's rank correlation test, as metafor's ranktest().", RankTestUseCase.Options, (RankTestUseCase u, MetaRequest r) => u.Run(r));
        Analysis(meta, "trimfill", "Trim and fill, as metafor's trimfill().", TrimFillUseCase.Options, (TrimFillUseCase u, MetaRequest r) => u.Run(r));
        Analysis(meta, "fsn", "Fail-safe N, as metafor's fsn().", FsnUseCase.Options, (FsnUseCase u, MetaRequest r) => u.Run(r));
        Plot(meta, "forest", "The forest plot of the rma model.", (u, r, f) => u.Forest(r, f));
        Plot(meta, "funnel", "The funnel plot of the rma model.", (u, r, f) => u.Funnel(r, f));
        return api;
    }

    private static void Analysis<TUseCase, TReport, TResult>(
        RouteGroupBuilder meta, string name, string summary, IReadOnlyList<MetaOptionSpec> options, Func<TUseCase, MetaRequest, MetaResult<MetaAnalysis<TReport, TResult>>> run)
        where TUseCase : class
        where TReport : class
        where TResult : class
    {
        meta.MapPost($"/{name}", async Task<Results<Ok<TReport>, ProblemHttpResult>> (HttpRequest request, TUseCase useCase, CancellationToken cancellationToken) =>
            {
                var (input, problem) = await MetaBody.ReadAsync(request, cancellationToken);
                if (problem is not null)
                {
                    return problem;
                }

                var result = run(useCase, input!);
                return result.TryGetValue(out var analysis) ? TypedResults.Ok(analysis.Report) : MetaProblems.From(result.Diagnostics);
            })
            .WithName("Meta" + char.ToUpperInvariant(name[0]) + name[1..])
            .WithSummary(summary)
            .WithMetadata(new MetaOptionsMetadata(options))
            .WithBody(MetaExample.Body, MetaExample.Options(name))
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static void Plot(RouteGroupBuilder meta, string name, string summary, Func<RmaUseCase, MetaRequest, Evidence.Plots.PlotFormat, MetaResult<byte[]>> draw)
    {
        meta.MapPost($"/rma/{name}", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (HttpRequest request, RmaUseCase useCase, CancellationToken cancellationToken) =>
            {
                if (PlotNegotiation.Choose(request.Headers.Accept) is not { } format)
                {
                    return ApiProblem.NotAcceptable(request.Headers.Accept, PlotNegotiation.Offered);
                }

                var (input, problem) = await MetaBody.ReadAsync(request, cancellationToken);
                if (problem is not null)
                {
                    return problem;
                }

                var result = draw(useCase, input!, format.Format);
                return result.TryGetValue(out var image) ? TypedResults.File(image, format.MediaType) : MetaProblems.From(result.Diagnostics);
            })
            .WithName("MetaRma" + char.ToUpperInvariant(name[0]) + name[1..])
            .WithSummary(summary + " SVG or PNG by Accept (SVG when any type is accepted).")
            .WithMetadata(new MetaOptionsMetadata(RmaUseCase.PlotOptions))
            .WithBody(MetaExample.Body, MetaExample.Options("rma"))
            .Produces<Stream>(StatusCodes.Status200OK, PlotNegotiation.Svg, PlotNegotiation.Png)
            .ProducesProblem(StatusCodes.Status406NotAcceptable)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
