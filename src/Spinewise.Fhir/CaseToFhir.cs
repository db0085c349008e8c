using System.Text.Json;
using Spinewise.Domain;
using Spinewise.Domain.Cases;
using Spinewise.Domain.Codes;
using Spinewise.Domain.Text;
using Spinewise.Fhir.Internal;

namespace Spinewise.Fhir;

/// <summary>
/// Writes a case as a FHIR R4 <c>collection</c> Bundle that <see cref="FhirCaseMapper"/> maps back to the same case:
/// the inverse of the rules in <c>docs/fhir.md</c>. Only emittable codes are written (never a deleted or parent code);
/// a fact that no code of the map expresses on its own (pain type, conservative care, a finding without a LOINC code,
/// a flag whose only code also names a condition) is left out — see <see cref="CanWrite"/>.
/// </summary>
public static class CaseToFhir
{
    /// <summary>Writes the Bundle.</summary>
    /// <param name="patientCase">A validated case with an <c>asOf</c> date.</param>
    /// <param name="knowledge">The knowledge whose code map gives the codes.</param>
    /// <exception cref="ArgumentException">The case has no <c>asOf</c> date.</exception>
    public static byte[] Write(PatientCase patientCase, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(patientCase);
        ArgumentNullException.ThrowIfNull(knowledge);
        var asOf = patientCase.AsOf ?? throw new ArgumentException("The case needs an asOf date.", nameof(patientCase));
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            var writer = new BundleWriter(json, patientCase.Id);
            writer.Patient(patientCase.Id, patientCase.Sex, patientCase.Age is { } age ? asOf.AddYears(-age) : null);
            var onset = patientCase.PainDurationMonths is { } months ? asOf.AddDays(-(int)Math.Round(months * FhirDates.DaysPerMonth)) : (DateOnly?)null;
            foreach (var condition in patientCase.Conditions)
            {
                if (Single(knowledge, CodeTargetKind.Condition, condition.Value) is { } code)
                {
                    writer.Condition(code, refuted: false, PainConditions.IsPain(knowledge, condition.Value) ? onset : null);
                }
            }

            foreach (var condition in patientCase.RuledOut)
            {
                if (Single(knowledge, CodeTargetKind.Condition, condition.Value) is { } code)
                {
                    writer.Condition(code, refuted: true, onset: null);
                }
            }

            foreach (var (flag, value) in patientCase.Flags)
            {
                if (Single(knowledge, CodeTargetKind.Flag, flag) is { } code)
                {
                    writer.Condition(code, refuted: !value, onset: null);
                }
            }

            foreach (var (key, value) in patientCase.Findings)
            {
                if (Single(knowledge, CodeTargetKind.Finding, key) is { } code)
                {
                    writer.Observation(code, value, code.Targets[0].Unit!, asOf);
                }
            }

            foreach (var entry in patientCase.History)
            {
                if (InterventionCode(knowledge, entry.Intervention.Value, entry.Variant) is { } code)
                {
                    var end = entry.Date is { } d && entry.Months is { } m ? d.AddDays((int)Math.Round(m * FhirDates.DaysPerMonth)) : (DateOnly?)null;
                    writer.Procedure(code, "completed", entry.Date, end, entry.Outcome is { } o ? KebabCase.Of(o) : null, entry.ReliefPercent);
                }
            }

            foreach (var intervention in patientCase.NotDone)
            {
                if (InterventionCode(knowledge, intervention.Value, null) is { } code)
                {
                    writer.Procedure(code, "not-done", null, null, null, null);
                }
            }

            writer.End();
        }

        return stream.ToArray();
    }

    /// <summary>
    /// True when the code map can express a fact on its own, so that it survives a write and a read: a condition,
    /// flag or finding with an emittable code that maps to it alone, or an intervention (and variant) with one.
    /// </summary>
    /// <param name="knowledge">The knowledge.</param>
    /// <param name="kind">What the fact is.</param>
    /// <param name="id">Its id or key.</param>
    /// <param name="variant">For an intervention, its variant, or <see langword="null"/>.</param>
    public static bool CanWrite(KnowledgeBase knowledge, CodeTargetKind kind, string id, string? variant = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return kind == CodeTargetKind.Intervention ? InterventionCode(knowledge, id, variant) is not null : Single(knowledge, kind, id) is not null;
    }

    private static CodeMapEntry? Single(KnowledgeBase knowledge, CodeTargetKind kind, string id) =>
        knowledge.Codes.For(kind, id).FirstOrDefault(e => e.Targets.Count == 1);

    private static CodeMapEntry? InterventionCode(KnowledgeBase knowledge, string intervention, string? variant) =>
        knowledge.Codes.For(CodeTargetKind.Intervention, intervention)
            .FirstOrDefault(e => e.Targets.Count == 1 && e.Targets[0].Variant == variant);
}
