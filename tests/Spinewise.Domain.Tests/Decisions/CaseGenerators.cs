using FsCheck;
using FsCheck.Fluent;
using Spinewise.Domain.Cases;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Tests.Decisions;

/// <summary>FsCheck generators of valid cases over the knowledge's vocabulary, and of a case with more information added.</summary>
internal static class CaseGenerators
{
    public static Gen<PatientCase> Case(KnowledgeBase kb) => Parts(kb).Select(p => p.Build(kb.Version));

    /// <summary>A case, and the same case with some unknown facts made known (nothing known is changed).</summary>
    public static Gen<(PatientCase Less, PatientCase More)> CaseWithMore(KnowledgeBase kb) =>
        from full in Parts(kb)
        from keep in Gen.ArrayOf(Gen.Elements(true, false), 12)
        select (full.Forget(keep).Build(kb.Version), full.Build(kb.Version));

    private static Gen<CaseParts> Parts(KnowledgeBase kb)
    {
        var conditions = kb.Conditions.Select(c => c.Id).ToArray();
        var interventions = kb.Interventions.Select(i => i.Id).ToArray();
        return from age in Gen.Choose(18, 95)
               from sex in Gen.Elements(Sex.Female, Sex.Male)
               from duration in Gen.Choose(0, 120)
               from pain in Gen.Elements(PainPresentation.Axial, PainPresentation.Radicular, PainPresentation.AxialAndRadicular)
               from present in Gen.SubListOf(conditions)
               from absent in Gen.SubListOf(conditions)
               from findings in Gen.SubListOf(CaseFacts.Findings.ToArray())
               from fraction in Gen.Choose(0, 100)
               from flags in Gen.SubListOf(CaseFacts.Flags.ToArray())
               from flagValues in Gen.ArrayOf(Gen.Elements(true, false), CaseFacts.Flags.Count)
               from done in Gen.SubListOf(interventions)
               from notDone in Gen.SubListOf(interventions)
               from months in Gen.Choose(0, 24)
               from relief in Gen.Choose(0, 100)
               from outcome in Gen.Elements(HistoryOutcome.Failed, HistoryOutcome.Partial, HistoryOutcome.Effective, HistoryOutcome.NotTolerated)
               select CaseParts.Consistent(kb, age, sex, duration, pain, present, absent,
                   findings.ToDictionary(f => f.Key, f => Value(f, fraction)),
                   flags.Select((f, i) => (f.Key, flagValues[i])).Where(f => !(f.Key == "pregnancy" && f.Item2 && sex == Sex.Male)).ToDictionary(f => f.Key, f => f.Item2),
                   done.Select(i => new HistoryEntry(i, null, TestCases.Today.AddDays(-30 * months), months, outcome, relief)).ToList(),
                   notDone.Where(n => !done.Contains(n)).ToList());
    }

    private static double Value(FindingDefinition f, int fraction)
    {
        var value = f.Minimum + ((f.Maximum - f.Minimum) * fraction / 100.0);
        return f.WholeNumber ? Math.Round(value) : value;
    }

    private sealed record CaseParts(
        int? Age, Sex? Sex, double? Duration, PainPresentation? Pain, IReadOnlyList<ConditionId> Present, IReadOnlyList<ConditionId> Absent,
        Dictionary<string, double> Findings, Dictionary<string, bool> Flags, IReadOnlyList<HistoryEntry> History, IReadOnlyList<InterventionId> NotDone)
    {
        public static CaseParts Consistent(KnowledgeBase kb, int age, Sex sex, double duration, PainPresentation pain, IReadOnlyList<ConditionId> present,
            IReadOnlyList<ConditionId> absent, Dictionary<string, double> findings, Dictionary<string, bool> flags, List<HistoryEntry> history, List<InterventionId> notDone)
        {
            // a condition may be ruled out only when no present condition is it or a narrower kind of it
            var broaderOfPresent = present.SelectMany(p => Broader(kb, p)).ToHashSet();
            return new CaseParts(age, sex, duration, pain, present, absent.Where(a => !broaderOfPresent.Contains(a)).ToList(), findings, flags, history, notDone);
        }

        /// <summary>The same case with the facts whose flag in <paramref name="keep"/> is false made unknown.</summary>
        public CaseParts Forget(bool[] keep) => new(
            keep[0] ? Age : null, keep[1] ? Sex : null, keep[2] ? Duration : null, keep[3] ? Pain : null,
            keep[4] ? Present : Present.Take(Present.Count / 2).ToList(), keep[5] ? Absent : Absent.Skip(Absent.Count / 2).ToList(),
            keep[6] ? Findings : Findings.Take(Findings.Count / 2).ToDictionary(), keep[7] ? Flags : Flags.Skip(Flags.Count / 2).ToDictionary(),
            keep[8] ? History : History.Take(History.Count / 2).ToList(), keep[9] ? NotDone : NotDone.Take(NotDone.Count / 2).ToList());

        public PatientCase Build(KnowledgeVersion version) => new(version, "generated", TestCases.Today, Age, Sex, Duration, Pain, Present, Absent, Findings, History, NotDone, Flags);

        private static IEnumerable<ConditionId> Broader(KnowledgeBase kb, ConditionId id) =>
            new[] { id }.Concat(kb.FindCondition(id)!.Broader.SelectMany(b => Broader(kb, b)));
    }
}
