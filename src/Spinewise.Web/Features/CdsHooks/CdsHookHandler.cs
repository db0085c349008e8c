using System.Text.Json;
using Spinewise.Application;
using Spinewise.Application.CdsHooks;
using Spinewise.Application.Json;
using Spinewise.Domain.Cases;
using Spinewise.Fhir;
using Spinewise.Web.Features.Evaluations;

namespace Spinewise.Web.Features.CdsHooks;

/// <summary>
/// Answers one service call: read the request (400), gather the chart from the prefetch or <c>fhirServer</c> (412),
/// map it to a case and validate it (422 naming the FHIR element), evaluate, build the cards, store the call, answer.
/// </summary>
internal sealed class CdsHookHandler(
    KnowledgeHost host, FhirCaseMapper mapper, CdsCardBuilder cards, PrefetchResolver resolver, CdsHookRecorder recorder, CdsLinks links)
{
    public const string PrefetchInput = "prefetch";
    public const string DraftOrdersInput = "context.draftOrders";

    public async Task<IResult> HandleAsync(CdsService service, byte[] body, HttpRequest http, CancellationToken cancellationToken)
    {
        var (request, errors) = CdsHookRequestReader.Read(body, service);
        if (request is null)
        {
            return CdsProblems.Malformed(errors);
        }

        var (prefetch, missing) = await resolver.ResolveAsync(service, request, cancellationToken).ConfigureAwait(false);
        if (prefetch is not { } chart)
        {
            return CdsProblems.PrefetchUnavailable(missing, request.FhirServer is not null);
        }

        var read = mapper.ReadPrefetch(chart, PrefetchInput);
        if (read.TryGetValue(out var records) && request.DraftOrders is { } draftOrders)
        {
            var orders = mapper.ReadResources(draftOrders, DraftOrdersInput);
            read = orders.TryGetValue(out var ordered) ? Domain.Diagnostics.Result<FhirRecords>.Success(records.Combine(ordered)) : orders;
        }

        if (!read.TryGetValue(out records))
        {
            return CdsProblems.InvalidChart(read.Diagnostics);
        }

        var asOf = host.Today;
        var mapping = mapper.Map(records, asOf);
        var ordersToCard = OrderedInterventions(service, request, mapping);
        var evaluation = recorder.NewEvaluation();
        var context = new CardContext(evaluation.Id, links.Evaluation(http, evaluation.Id), links.Service(http, service), request.PatientId);
        CdsCards answer;
        if (!mapping.HasLowBackPain && (!service.ReadsDraftOrders || ordersToCard.Count == 0))
        {
            answer = CdsCards.None; // nothing to say: no back pain in the chart, or no procedure the vocabulary knows ordered
        }
        else
        {
            var validated = CaseValidator.Validate(mapping.Draft, host.Knowledge);
            if (!validated.TryGetValue(out var patient) || mapping.Problems.Count > 0)
            {
                return CdsProblems.InvalidChart([.. mapping.Problems, .. validated.Diagnostics]);
            }

            var report = host.Engine.Evaluate(patient, asOf);
            answer = service.ReadsDraftOrders
                ? cards.ForOrders(report, ordersToCard, service.Hook == CdsService.OrderSign ? CdsHook.OrderSign : CdsHook.OrderSelect, context)
                : cards.ForPatientView(report, mapping.HasLowBackPain, context);
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(answer, ContractJson.Wire);
        var caseId = mapping.Draft.Id?.Value;
        await recorder.RecordAsync(evaluation, request, body, caseId, asOf, bytes, cancellationToken).ConfigureAwait(false);
        return TypedResults.Bytes(bytes, EvaluationRecorder.JsonMediaType);
    }

    /// <summary>
    /// The orders the cards are about: the draft orders the vocabulary knows — at order-select only those the
    /// clinician selected (<c>context.selections</c>, when sent) — each once.
    /// </summary>
    private static List<OrderedIntervention> OrderedInterventions(CdsService service, CdsHookRequest request, FhirMapping mapping)
    {
        if (!service.ReadsDraftOrders)
        {
            return [];
        }

        var selections = service.Hook == CdsService.OrderSelect ? Selections(request) : null;
        return
        [
            .. mapping.Orders
                .Where(o => o.InterventionId is not null && (selections is null || selections.Contains(o.Reference)))
                .Select(o => new OrderedIntervention(o.InterventionId!, o.Variant, o.Reference))
                .DistinctBy(o => (o.InterventionId, o.Variant, o.OrderReference)),
        ];
    }

    private static HashSet<string>? Selections(CdsHookRequest request)
    {
        if (!request.Context.TryGetProperty("selections", out var selections) || selections.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return [.. selections.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.String).Select(s => s.GetString()!)];
    }
}
