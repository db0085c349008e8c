using System.Runtime.CompilerServices;
using Spinewise.Domain.Cases;
using Spinewise.Domain.Eligibility;

namespace Spinewise.Domain.Decisions.Internal;

/// <summary>Loads a case's facts into a scratch: condition bit sets with their closures, numeric and flag slots, pain type, history.</summary>
internal static class CaseFactsLoader
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Load(DecisionEngine engine, PatientCase patient, DateOnly asOf, EvaluationScratch s)
    {
        var facts = engine.Facts;
        s.Case = patient;
        s.AsOf = asOf;
        Array.Clear(s.Present);
        Array.Clear(s.RuledOut);
        Array.Clear(s.Listed);
        Array.Clear(s.NotDone);
        for (var i = 0; i < patient.Conditions.Count; i++)
        {
            Bits.Or(s.Present, facts.Broader[facts.Condition(patient.Conditions[i])]);
        }

        for (var i = 0; i < patient.RuledOut.Count; i++)
        {
            Bits.Or(s.RuledOut, facts.Narrower[facts.Condition(patient.RuledOut[i])]);
        }

        Array.Fill(s.Numbers, double.NaN);
        s.Numbers[facts.NumberSlot(CaseFacts.Age)] = patient.Age ?? double.NaN;
        s.Numbers[facts.NumberSlot(CaseFacts.PainDurationMonths)] = patient.PainDurationMonths ?? double.NaN;
        var findings = CaseFacts.Findings;
        for (var i = 0; i < findings.Count; i++)
        {
            if (patient.Findings.TryGetValue(findings[i].Key, out var value))
            {
                s.Numbers[facts.FindingSlots[i]] = value;
            }
        }

        var flags = CaseFacts.Flags;
        for (var i = 0; i < flags.Count; i++)
        {
            s.Flags[i] = patient.Flags.TryGetValue(flags[i].Key, out var flag) ? TruthLogic.From(flag) : Truth.Unknown;
        }

        var pregnancy = facts.FlagSlot("pregnancy");
        if (s.Flags[pregnancy] == Truth.Unknown && patient.Sex == Sex.Male)
        {
            s.Flags[pregnancy] = Truth.NotMet;
        }

        (s.PainAxial, s.PainRadicular) = patient.PainType switch
        {
            PainPresentation.Axial => (Truth.Met, Truth.NotMet),
            PainPresentation.Radicular => (Truth.NotMet, Truth.Met),
            PainPresentation.AxialAndRadicular => (Truth.Met, Truth.Met),
            _ => (Truth.Unknown, Truth.Unknown),
        };
        if (s.HistoryIntervention.Length < patient.History.Count)
        {
            s.HistoryIntervention = new int[patient.History.Count * 2];
        }

        for (var i = 0; i < patient.History.Count; i++)
        {
            var index = facts.Intervention(patient.History[i].Intervention);
            s.HistoryIntervention[i] = index;
            Bits.Set(s.Listed, index);
        }

        for (var i = 0; i < patient.NotDone.Count; i++)
        {
            Bits.Set(s.NotDone, facts.Intervention(patient.NotDone[i]));
        }
    }
}
