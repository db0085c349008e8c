using Hl7.Fhir.Model;
using Spinewise.Domain;
using Spinewise.Domain.Cases;
using Spinewise.Domain.Codes;
using Spinewise.Domain.Text;

namespace Spinewise.Fhir.Internal;

/// <summary>Procedure rules (→ history, not done) and ServiceRequest rules (→ orders).</summary>
internal sealed partial class ChartMapper
{
    private void MapProcedure(RecordEntry entry, Procedure procedure)
    {
        if (procedure.Status is not (EventStatus.Completed or EventStatus.NotDone)
            || ResolveIntervention(entry, procedure.Code) is not { } resolved)
        {
            return;
        }

        _lowBackPain = true;
        var at = At(entry, $"code.coding[{resolved.Index}]");
        if (procedure.Status == EventStatus.NotDone)
        {
            if (!_notDone.Any(n => n.Value == resolved.Target.Id))
            {
                _notDone.Add(new Located<string>(resolved.Target.Id, at));
            }

            return;
        }

        var (start, end) = procedure.Performed switch
        {
            FhirDateTime dateTime => (FhirDates.Date(dateTime.Value), (DateOnly?)null),
            Period period => (FhirDates.Date(period.Start), FhirDates.Date(period.End)),
            _ => (null, null),
        };
        var outcome = procedure.Outcome?.Coding.FirstOrDefault(c => c.System == FhirExtensions.HistoryOutcomeSystem)?.Code;
        var relief = procedure.GetExtension(FhirExtensions.ReliefPercentUrl)?.Value switch
        {
            FhirDecimal { Value: { } d } => (double)d,
            Integer { Value: { } i } => i,
            _ => (double?)null,
        };
        _history.Add(new HistoryDraft
        {
            Location = At(entry, "code"),
            Intervention = new Located<string>(resolved.Target.Id, at),
            Variant = resolved.Target.Variant is { } variant ? new Located<string>(variant, at) : (Located<string>?)null,
            Date = start is { } s ? new Located<DateOnly>(s, At(entry, "performed")) : null,
            Months = start is { } from && end is { } to ? new Located<double>(FhirDates.MonthsBetween(from, to), At(entry, "performed")) : null,
            Outcome = outcome is not null && KebabCase.TryParse<HistoryOutcome>(outcome, out var parsed) ? new Located<HistoryOutcome>(parsed, At(entry, "outcome")) : null,
            ReliefPercent = relief is { } r ? new Located<double>(r, At(entry, $"extension('{FhirExtensions.ReliefPercentUrl}').value")) : null,
        });
    }

    private void MapOrder(RecordEntry entry, ServiceRequest request)
    {
        if (request.Status is not (RequestStatus.Active or RequestStatus.Draft))
        {
            return;
        }

        var resolved = ResolveIntervention(entry, request.Code);
        var coding = resolved is { } r ? request.Code!.Coding[r.Index] : request.Code?.Coding.FirstOrDefault();
        _lowBackPain |= resolved is not null;
        _orders.Add(new FhirOrder(entry.Reference, coding?.System ?? string.Empty, coding?.Code ?? string.Empty, coding?.Display,
            resolved?.Target.Id, resolved?.Target.Variant, Literal(request.Status), Literal(request.Intent)));
    }

    /// <summary>The one intervention a concept maps to; a code that maps to several (CPT 64493) or none is listed as unmapped.</summary>
    private (CodeTarget Target, int Index)? ResolveIntervention(RecordEntry entry, CodeableConcept? concept)
    {
        if (Resolve(entry, concept, "code") is not { } resolved)
        {
            return null;
        }

        if (SingleIntervention(resolved.Entry) is not { } target)
        {
            ListUnmapped(entry, concept!, "code");
            return null;
        }

        return (target, resolved.Index);
    }

    /// <summary>
    /// The one intervention a Procedure's or ServiceRequest's code maps to by the mapping's rule (the first coding the code
    /// map holds, and that entry names exactly one intervention), with the coding's index; <see langword="null"/> otherwise.
    /// </summary>
    /// <param name="knowledge">The knowledge whose code map decides.</param>
    /// <param name="concept">The resource's <c>code</c>.</param>
    internal static (CodeTarget Target, int Index)? InterventionOf(KnowledgeBase knowledge, CodeableConcept? concept) =>
        concept is not null && FirstMapped(knowledge, concept) is { } resolved && SingleIntervention(resolved.Entry) is { } target
            ? (target, resolved.Index)
            : null;

    /// <summary>The entry's one intervention target, or <see langword="null"/> when it has none or several.</summary>
    private static CodeTarget? SingleIntervention(CodeMapEntry entry)
    {
        CodeTarget? found = null;
        foreach (var target in entry.Targets)
        {
            if (target.Kind != CodeTargetKind.Intervention)
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = target;
        }

        return found;
    }
}
