using Hl7.Fhir.Model;
using Spinewise.Domain.Cases;
using Spinewise.Domain.Codes;
using Spinewise.Domain.Diagnostics;

namespace Spinewise.Fhir.Internal;

/// <summary>Observation rules: LOINC → findings, with the UCUM unit checked and the latest value by effective time.</summary>
internal sealed partial class ChartMapper
{
    private static readonly HashSet<ObservationStatus> Results = [ObservationStatus.Final, ObservationStatus.Amended, ObservationStatus.Corrected];

    private void MapObservation(RecordEntry entry, Observation observation)
    {
        if (observation.Status is not { } status || !Results.Contains(status))
        {
            return;
        }

        if (Resolve(entry, observation.Code, "code") is not { } resolved
            || resolved.Entry.Targets.FirstOrDefault(t => t.Kind == CodeTargetKind.Finding) is not { } target)
        {
            return;
        }

        var effective = observation.Effective switch
        {
            FhirDateTime dateTime => FhirDates.Instant(dateTime.Value),
            Period period => FhirDates.Instant(period.End ?? period.Start),
            Instant instant => instant.Value,
            _ => null,
        };
        if (effective is { } when && DateOnly.FromDateTime(when.UtcDateTime) > asOf)
        {
            return; // after the evaluation date: not yet known on that date
        }

        if (ValueOf(entry, observation, target) is not { } value)
        {
            return;
        }

        if (!_findings.TryGetValue(target.Id, out var current) || (current.At ?? DateTimeOffset.MinValue) <= (effective ?? DateTimeOffset.MinValue))
        {
            _findings[target.Id] = (effective, new Located<double>(value, At(entry, "value")));
        }
    }

    private double? ValueOf(RecordEntry entry, Observation observation, CodeTarget target)
    {
        var unitless = target.Unit is "{score}" or "1";
        switch (observation.Value)
        {
            case Quantity { Value: { } number } quantity:
                var unit = quantity.Code ?? quantity.Unit;
                var systemOk = quantity.System is null || quantity.System == CodeSystems.Ucum;
                if ((unit is null && unitless) || (systemOk && unit == target.Unit))
                {
                    return (double)number;
                }

                WrongUnit(entry, target, $"its unit is '{unit ?? "(none)"}'{(systemOk ? string.Empty : $" of system {quantity.System}")}");
                return null;
            case Integer { Value: { } whole } when unitless:
                return whole;
            case null:
                return null; // no value (dataAbsentReason): unknown
            default:
                WrongUnit(entry, target, $"its value is a {observation.Value.TypeName}, not a Quantity");
                return null;
        }
    }

    private void WrongUnit(RecordEntry entry, CodeTarget target, string what) =>
        _problems.Add(new Diagnostic(FhirDiagnosticCodes.WrongUnit, At(entry, "value"),
            $"{entry.Reference}: findings.{target.Id} is recorded in UCUM '{target.Unit}' but {what}"));
}
