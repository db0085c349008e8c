// Stand-ins for the FHIR mapping (Spinewise.Fhir) and the card builder (Spinewise.Application.CdsHooks) until their
// branches are merged; deleted at that merge. Nothing here is reached by a request before then.
#pragma warning disable CA1822, IDE0060
using System.Text.Json;
using Spinewise.Application;
using Spinewise.Domain;
using Spinewise.Domain.Cases;
using Spinewise.Domain.Decisions;
using Spinewise.Domain.Diagnostics;

namespace Spinewise.Fhir
{
    internal sealed class FhirCaseMapper(KnowledgeBase knowledge)
    {
        public KnowledgeBase Knowledge => knowledge;

        public Result<FhirRecords> ReadPrefetch(JsonElement prefetch, string inputName) => throw new NotSupportedException();

        public Result<FhirRecords> ReadResources(ReadOnlySpan<byte> json, string inputName) => throw new NotSupportedException();

        public FhirMapping Map(FhirRecords records, DateOnly asOf) => throw new NotSupportedException();
    }

    internal sealed class FhirRecords
    {
        public FhirRecords Combine(FhirRecords other) => throw new NotSupportedException();
    }

    internal sealed record FhirMapping(CaseDraft Draft, IReadOnlyList<UnmappedCode> Unmapped, IReadOnlyList<FhirOrder> Orders)
    {
        public bool HasLowBackPain => false;
    }

    internal sealed record FhirOrder(string Reference, string System, string Code, string? Display, string? InterventionId, string? Variant, string Status, string Intent);

    internal sealed record UnmappedCode(string Reference, string Element, string System, string Code, string? Display);
}

namespace Spinewise.Application.CdsHooks
{
    internal sealed class CdsCardBuilder(KnowledgeHost host)
    {
        public KnowledgeHost Host => host;

        public CdsCards ForOrders(DecisionReport report, IReadOnlyList<OrderedIntervention> orders, CdsHook hook, CardContext context) => throw new NotSupportedException();

        public CdsCards ForPatientView(DecisionReport report, bool hasLowBackPain, CardContext context) => throw new NotSupportedException();
    }

    internal enum CdsHook
    {
        PatientView,
        OrderSelect,
        OrderSign,
    }

    internal sealed record OrderedIntervention(string InterventionId, string? Variant, string OrderReference);

    internal sealed record CardContext(Guid EvaluationId, Uri EvaluationLink, Uri ServiceSourceUrl);

    internal sealed record CdsCards(IReadOnlyList<object> Cards);
}
