using Spinewise.Domain.Cases;
using Spinewise.Domain.Codes;
using FhirCondition = Hl7.Fhir.Model.Condition;

namespace Spinewise.Fhir.Internal;

/// <summary>Condition rules: clinical and verification status → conditions, ruled out, flags; onset → pain duration.</summary>
internal sealed partial class ChartMapper
{
    private static readonly HashSet<string> CurrentClinicalStatus = ["active", "recurrence", "relapse"];

    private void MapCondition(RecordEntry entry, FhirCondition condition)
    {
        var verification = CodeOf(condition.VerificationStatus);
        if (verification == "entered-in-error" || Resolve(entry, condition.Code, "code") is not { } resolved)
        {
            return;
        }

        var at = At(entry, $"code.coding[{resolved.Index}]");
        var flagsOnly = resolved.Entry.Targets.All(t => t.Kind == CodeTargetKind.Flag);
        if (verification == "refuted")
        {
            foreach (var target in resolved.Entry.Targets)
            {
                if (target.Kind == CodeTargetKind.Condition && !_ruledOut.Any(r => r.Value == target.Id))
                {
                    _ruledOut.Add(new Located<string>(target.Id, at));
                }
                else if (target.Kind == CodeTargetKind.Flag && flagsOnly && !_flags.ContainsKey(target.Id))
                {
                    _flags[target.Id] = new Located<bool>(false, at);
                }
            }

            return;
        }

        if (!CurrentClinicalStatus.Contains(CodeOf(condition.ClinicalStatus) ?? string.Empty))
        {
            return;
        }

        foreach (var target in resolved.Entry.Targets)
        {
            if (target.Kind == CodeTargetKind.Condition)
            {
                if (!_conditions.Any(c => c.Value == target.Id))
                {
                    _conditions.Add(new Located<string>(target.Id, at));
                }

                if (PainConditions.IsPain(knowledge, target.Id))
                {
                    _lowBackPain = true;
                    NotePainOnset(entry, condition);
                }
            }
            else if (target.Kind == CodeTargetKind.Flag && (!_flags.TryGetValue(target.Id, out var set) || !set.Value))
            {
                _flags[target.Id] = new Located<bool>(true, at);
            }
        }
    }

    private void NotePainOnset(RecordEntry entry, FhirCondition condition)
    {
        var onset = condition.Onset switch
        {
            Hl7.Fhir.Model.FhirDateTime dateTime => FhirDates.Date(dateTime.Value),
            Hl7.Fhir.Model.Period period => FhirDates.Date(period.Start),
            _ => null,
        };
        if (onset is { } date && (_painOnset is not { } earliest || date < earliest.Onset))
        {
            _painOnset = (date, At(entry, "onset"));
        }
    }
}
