using Hl7.Fhir.Model;
using Spinewise.Domain;
using Spinewise.Fhir.Internal;

namespace Spinewise.Fhir;

/// <summary>
/// A chart as it stood on a day, for the appropriateness audit (docs/screening.md, "Appropriateness audit"): the
/// resources not known to postdate the day. Map the result with <see cref="FhirCaseMapper.Map"/> on that day.
/// </summary>
public static class FhirChartAsOf
{
    /// <summary>
    /// The completed Procedures of <paramref name="records"/> whose code maps to one intervention, in chart order, with
    /// the day each was performed. Other statuses and codes that map to no (or several) interventions are not listed.
    /// </summary>
    /// <param name="records">A patient's resources.</param>
    /// <param name="knowledge">The knowledge whose code map decides (the same lookup as <see cref="FhirCaseMapper.Map"/>).</param>
    public static IReadOnlyList<FhirPerformedProcedure> PerformedProcedures(FhirRecords records, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(knowledge);
        var performed = new List<FhirPerformedProcedure>();
        for (var i = 0; i < records.Entries.Count; i++)
        {
            var entry = records.Entries[i];
            if (entry.Resource is not Procedure { Status: EventStatus.Completed } procedure)
            {
                continue;
            }

            // the mapping's own rule says what the procedure maps to, so the audit never has its own code rule
            if (ChartMapper.InterventionOf(knowledge, procedure.Code) is not { } resolved)
            {
                continue;
            }

            var coding = procedure.Code!.Coding[resolved.Index];
            performed.Add(new FhirPerformedProcedure(entry.Reference, coding.System!, coding.Code!, resolved.Target.Id,
                resolved.Target.Variant, PerformedDay(procedure), i));
        }

        return performed;
    }

    /// <summary>
    /// The chart as it stood on the day <paramref name="procedure"/> was performed, without the procedure itself: the
    /// resources known on that day (<see cref="On"/>), and of the other Procedures performed the same day only those known
    /// to have started before it (both with a time of day, strictly earlier).
    /// </summary>
    /// <param name="records">The patient's resources <paramref name="procedure"/> was listed from.</param>
    /// <param name="procedure">One of <see cref="PerformedProcedures"/>; it must have a performed day.</param>
    public static FhirRecords Before(FhirRecords records, FhirPerformedProcedure procedure)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(procedure);
        if (procedure.Performed is not { } day || procedure.Position >= records.Entries.Count
            || records.Entries[procedure.Position].Resource is not Procedure audited)
        {
            throw new ArgumentException("the procedure is not a dated procedure of these records", nameof(procedure));
        }

        var start = PerformedStart(audited);
        var kept = new List<RecordEntry>(records.Entries.Count);
        for (var i = 0; i < records.Entries.Count; i++)
        {
            var entry = records.Entries[i];
            if (i == procedure.Position || !KnownOn(entry.Resource, day))
            {
                continue;
            }

            if (entry.Resource is Procedure other && PerformedDay(other) == day
                && !(start is { } s && PerformedStart(other) is { } o && o < s))
            {
                continue; // the same day, not known to have come first
            }

            kept.Add(entry);
        }

        return new FhirRecords(kept);
    }

    /// <summary>
    /// The resources of <paramref name="records"/> known on <paramref name="day"/>: each resource is left out when the date
    /// element that decides for its type is after the day; a resource without that date is kept (it is not known to
    /// postdate the day). Patients are kept; ServiceRequests and MedicationRequests are left out (orders and
    /// prescriptions are not what was done).
    /// </summary>
    /// <param name="records">A patient's resources.</param>
    /// <param name="day">The day.</param>
    public static FhirRecords On(FhirRecords records, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(records);
        return new FhirRecords([.. records.Entries.Where(e => KnownOn(e.Resource, day))]);
    }

    /// <summary>
    /// Whether a resource is known on a day. Condition: the start of <c>onset[x]</c> (<c>onsetDateTime</c>,
    /// <c>onsetPeriod.start</c>) is not after it (<c>recordedDate</c> is not read: the fast reader builds only what the
    /// mapping reads, and both readers must give the same chart). Observation: <c>effective[x]</c> (dateTime, period end
    /// else start, instant; its UTC day — the mapping's own rule for values after the evaluation date) is not after it. Procedure: <c>performedDateTime</c> or
    /// <c>performedPeriod.start</c> is not after it. Partial dates count by their first day.
    /// </summary>
    private static bool KnownOn(Resource resource, DateOnly day) => resource switch
    {
        Patient => true,
        Hl7.Fhir.Model.Condition condition => !After(condition.Onset switch
        {
            FhirDateTime dateTime => dateTime.Value,
            Period period => period.Start,
            _ => null,
        }, day),
        Observation observation => (observation.Effective switch
        {
            FhirDateTime dateTime => FhirDates.Instant(dateTime.Value),
            Period period => FhirDates.Instant(period.End ?? period.Start),
            Instant instant => instant.Value,
            _ => null,
        }) is not { } effective || DateOnly.FromDateTime(effective.UtcDateTime) <= day,
        Procedure procedure => !After(PerformedValue(procedure), day),
        _ => false,
    };

    /// <summary>
    /// True when a FHIR date or dateTime is known to be after the day: its calendar date as written (the first ten
    /// characters, the mapping's history date), a partial date by its first day.
    /// </summary>
    private static bool After(string? value, DateOnly day) => value is not null && (FhirDates.Date(value) ?? PartialStart(value)) is { } first && first > day;

    private static DateOnly? PartialStart(string value) => value.Length switch
    {
        4 when int.TryParse(value, out var year) && year >= 1 => new DateOnly(year, 1, 1),
        7 when int.TryParse(value.AsSpan(0, 4), out var year) && int.TryParse(value.AsSpan(5, 2), out var month) && year >= 1 && month is >= 1 and <= 12 => new DateOnly(year, month, 1),
        _ => null,
    };

    private static string? PerformedValue(Procedure procedure) => procedure.Performed switch
    {
        FhirDateTime dateTime => dateTime.Value,
        Period period => period.Start,
        _ => null,
    };

    /// <summary>The performed day as the mapping gives a history entry's date (a full date only).</summary>
    private static DateOnly? PerformedDay(Procedure procedure) => FhirDates.Date(PerformedValue(procedure));

    /// <summary>The performed start as a point in time, only when it has a time of day.</summary>
    private static DateTimeOffset? PerformedStart(Procedure procedure) =>
        PerformedValue(procedure) is { Length: > 10 } value ? FhirDates.Instant(value) : null;
}
