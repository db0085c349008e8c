using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;
using Spinewise.Domain;
using Spinewise.Domain.Cases;
using Spinewise.Domain.Codes;
using Spinewise.Domain.Diagnostics;

namespace Spinewise.Fhir.Internal;

/// <summary>Maps the resources of a chart to a case draft by the rules of <c>docs/fhir.md</c>; one instance per mapping.</summary>
internal sealed partial class ChartMapper(KnowledgeBase knowledge, DateOnly asOf)
{
    private readonly List<Located<string>> _conditions = [];
    private readonly List<Located<string>> _ruledOut = [];
    private readonly Dictionary<string, Located<bool>> _flags = [];
    private readonly Dictionary<string, (DateTimeOffset? At, Located<double> Value)> _findings = [];
    private readonly List<HistoryDraft> _history = [];
    private readonly List<Located<string>> _notDone = [];
    private readonly List<UnmappedCode> _unmapped = [];
    private readonly List<FhirOrder> _orders = [];
    private readonly List<Diagnostic> _problems = [];
    private (DateOnly Onset, DiagnosticLocation At)? _painOnset;
    private bool _lowBackPain;

    public FhirMapping Map(FhirRecords records)
    {
        foreach (var entry in records.Entries)
        {
            switch (entry.Resource)
            {
                case Hl7.Fhir.Model.Condition condition: MapCondition(entry, condition); break;
                case Observation observation: MapObservation(entry, observation); break;
                case Procedure procedure: MapProcedure(entry, procedure); break;
                case ServiceRequest request: MapOrder(entry, request); break;
                case MedicationRequest medication when medication.Medication is CodeableConcept concept: Resolve(entry, concept, "medication"); break;
            }
        }

        var draft = MapPatient(records) with
        {
            AsOf = asOf,
            PainDurationMonths = _painOnset is { } onset ? new Located<double>(FhirDates.MonthsBetween(onset.Onset, asOf), onset.At) : null,
            Conditions = _conditions,
            RuledOut = _ruledOut,
            Findings = _findings.ToDictionary(f => f.Key, f => f.Value.Value),
            History = _history,
            NotDone = _notDone,
            Flags = _flags,
        };
        return new FhirMapping(draft, _unmapped, _orders) { HasLowBackPain = _lowBackPain, Problems = _problems };
    }

    private CaseDraft MapPatient(FhirRecords records)
    {
        var file = records.Entries.Count > 0 ? records.Entries[0].File : "FHIR input";
        RecordEntry? entry = null;
        Patient? patient = null;
        foreach (var other in records.Entries)
        {
            if (other.Resource is not Patient found)
            {
                continue;
            }

            if (patient is null)
            {
                (entry, patient) = (other, found);
            }
            else if (found.Id != patient.Id || patient.Id is null)
            {
                _problems.Add(new Diagnostic(FhirDiagnosticCodes.SeveralPatients, At(other, "id"),
                    $"{other.Reference}: the chart holds a second patient (the first is {entry!.Reference}); one chart, one patient"));
            }
        }

        if (patient is null || entry is null)
        {
            return new CaseDraft { File = file, Id = "chart" };
        }

        var birth = FhirDates.Date(patient.BirthDate);
        Sex? sex = patient.Gender switch
        {
            AdministrativeGender.Male => Domain.Cases.Sex.Male,
            AdministrativeGender.Female => Domain.Cases.Sex.Female,
            AdministrativeGender.Other => Domain.Cases.Sex.Other,
            _ => null,
        };
        return new CaseDraft
        {
            File = file,
            Location = At(entry, "id"),
            Id = new Located<string>(patient.Id ?? "chart", At(entry, "id")),
            Age = birth is { } b ? new Located<double>(FhirDates.AgeAt(b, asOf), At(entry, "birthDate")) : null,
            Sex = sex is { } s ? new Located<Sex>(s, At(entry, "gender")) : null,
        };
    }

    /// <summary>
    /// The first coding of a concept that the code map holds, with its index; when none does, every coding (or the
    /// concept's text) is listed as unmapped unless <paramref name="listUnmapped"/> is false.
    /// </summary>
    private (CodeMapEntry Entry, int Index)? Resolve(RecordEntry entry, CodeableConcept? concept, string element, bool listUnmapped = true)
    {
        if (concept is null)
        {
            return null;
        }

        if (FirstMapped(knowledge, concept) is { } found)
        {
            return found;
        }

        if (listUnmapped)
        {
            ListUnmapped(entry, concept, element);
        }

        return null;
    }

    /// <summary>The first coding of a concept that the code map holds, with its index, or <see langword="null"/>.</summary>
    private static (CodeMapEntry Entry, int Index)? FirstMapped(KnowledgeBase knowledge, CodeableConcept concept)
    {
        for (var i = 0; i < concept.Coding.Count; i++)
        {
            if (concept.Coding[i] is { System: { } system, Code: { } code } && knowledge.Codes.Find(system, code) is { } found)
            {
                return (found, i);
            }
        }

        return null;
    }

    private void ListUnmapped(RecordEntry entry, CodeableConcept concept, string element)
    {
        for (var i = 0; i < concept.Coding.Count; i++)
        {
            var coding = concept.Coding[i];
            _unmapped.Add(new UnmappedCode(entry.Reference, $"{entry.Path}.{element}.coding[{i}]", coding.System ?? string.Empty, coding.Code ?? string.Empty, coding.Display));
        }

        if (concept.Coding.Count == 0 && concept.Text is { Length: > 0 } text)
        {
            _unmapped.Add(new UnmappedCode(entry.Reference, $"{entry.Path}.{element}", string.Empty, string.Empty, text));
        }
    }

    private static DiagnosticLocation At(RecordEntry entry, string element) => new(entry.File, $"{entry.Path}.{element}");

    private static string? CodeOf(CodeableConcept? concept) => concept?.Coding.FirstOrDefault(c => c.Code is not null)?.Code;

    private static string Literal<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } v ? v.GetLiteral() ?? v.ToString() : string.Empty;
}
