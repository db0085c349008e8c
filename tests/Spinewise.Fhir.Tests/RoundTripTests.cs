using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Spinewise.Domain;
using Spinewise.Domain.Cases;
using Spinewise.Domain.Codes;
using Spinewise.Fhir.Internal;

namespace Spinewise.Fhir.Tests;

public sealed class RoundTripTests
{
    private static KnowledgeBase Kb => Charts.Kb;

    [Property(MaxTest = 300)]
    public Property CaseToBundleAndBack_GivesTheSameCase() =>
        Prop.ForAll(CaseDrafts().ToArbitrary(), draft =>
        {
            var original = CaseValidator.Validate(draft, Kb);
            original.Diagnostics.ShouldBeEmpty(string.Join(Environment.NewLine, original.Diagnostics));

            var bundle = CaseToFhir.Write(original.Value, Kb);
            var read = Charts.Mapper.ReadBundle(bundle, "bundle.json");
            read.Diagnostics.ShouldBeEmpty(string.Join(Environment.NewLine, read.Diagnostics));
            var mapping = Charts.Mapper.Map(read.Value, original.Value.AsOf!.Value);
            mapping.Problems.ShouldBeEmpty();
            var back = CaseValidator.Validate(mapping.Draft, Kb);
            back.Diagnostics.ShouldBeEmpty(string.Join(Environment.NewLine, back.Diagnostics));

            Describe(back.Value).ShouldBe(Describe(original.Value));
            mapping.Unmapped.ShouldBeEmpty();
        });

    [Fact]
    public void Write_OnlyEmittableCodes_NeverADeletedOne()
    {
        var draft = new CaseDraft { Id = "x", AsOf = Charts.AsOf, Conditions = [new Located<string>("low-back-pain")], PainDurationMonths = 3 };
        var bundle = System.Text.Encoding.UTF8.GetString(CaseToFhir.Write(CaseValidator.Validate(draft, Kb).Value, Kb));

        bundle.ShouldContain("279039007");
        bundle.ShouldNotContain("M54.5");
    }

    private static string Describe(PatientCase c) => string.Join(" | ",
        c.Id, c.AsOf, c.Age, c.Sex, c.PainDurationMonths, c.PainType,
        string.Join(",", c.Conditions), string.Join(",", c.RuledOut),
        string.Join(",", c.Findings.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}")),
        string.Join(",", c.History), string.Join(",", c.NotDone),
        string.Join(",", c.Flags.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}")));

    private static Gen<CaseDraft> CaseDrafts()
    {
        var conditions = Kb.Conditions.Select(c => c.Id.Value).Where(id => CaseToFhir.CanWrite(Kb, CodeTargetKind.Condition, id)).ToArray();
        var findings = CaseFacts.Findings.Where(f => CaseToFhir.CanWrite(Kb, CodeTargetKind.Finding, f.Key)).ToArray();
        var flags = CaseFacts.Flags.Select(f => f.Key).Where(k => CaseToFhir.CanWrite(Kb, CodeTargetKind.Flag, k)).ToArray();
        var interventions = Kb.Interventions.SelectMany(i => new string?[] { null }.Concat(i.Variants.Select(v => v.Id)).Select(v => (Id: i.Id.Value, Variant: v)))
            .Where(i => CaseToFhir.CanWrite(Kb, CodeTargetKind.Intervention, i.Id, i.Variant)).ToArray();
        var history =
            from intervention in Gen.Elements(interventions)
            from daysAgo in Gen.Choose(0, 3000)
            from dated in Gen.Elements(true, false)
            from months in Gen.Choose(0, 240).Select(m => m / 10.0)
            from withMonths in Gen.Elements(true, false)
            from outcome in Gen.Elements<HistoryOutcome?>(null, HistoryOutcome.Failed, HistoryOutcome.Partial, HistoryOutcome.Effective, HistoryOutcome.NotTolerated)
            from relief in Gen.Elements<double?>(null, 0, 20, 50, 85, 100)
            select new HistoryDraft
            {
                Intervention = intervention.Id,
                Variant = intervention.Variant is { } v ? v : (Located<string>?)null,
                Date = dated ? Charts.AsOf.AddDays(-daysAgo) : (Located<DateOnly>?)null,
                Months = dated && withMonths ? months : (Located<double>?)null,
                Outcome = outcome is { } o ? o : (Located<HistoryOutcome>?)null,
                ReliefPercent = relief is { } r ? r : (Located<double>?)null,
            };
        return from age in Gen.Choose(-1, 110)
               from sex in Gen.Elements<Sex?>(null, Sex.Female, Sex.Male, Sex.Other)
               from present in Gen.SubListOf(conditions)
               from absent in Gen.SubListOf(conditions)
               from duration in Gen.Choose(-1, 2400)
               from found in Gen.SubListOf(findings)
               from fraction in Gen.Choose(0, 100)
               from flagged in Gen.SubListOf(flags)
               from flagValue in Gen.Elements(true, false)
               from done in Gen.ListOf(history).Select(h => h.Take(4).ToList())
               from never in Gen.SubListOf(interventions.Where(i => i.Variant is null).Select(i => i.Id).Distinct().ToArray())
               select Build(age, sex, present, absent, duration, found, fraction, flagged, flagValue, done, never);
    }

    private static CaseDraft Build(int age, Sex? sex, IList<string> present, IList<string> absent, int duration, IList<FindingDefinition> found, int fraction,
        IList<string> flagged, bool flagValue, List<HistoryDraft> done, IList<string> never)
    {
        var broaderOfPresent = present.SelectMany(p => Closure(p)).ToHashSet();
        var hasPain = present.Any(p => PainConditions.IsPain(Kb, p));
        var doneIds = done.Select(d => d.Intervention!.Value.Value).ToHashSet();
        return new CaseDraft
        {
            Id = "generated",
            AsOf = Charts.AsOf,
            Age = age < 0 ? null : age,
            Sex = sex is { } s ? s : null,
            Conditions = [.. present.Select(p => new Located<string>(p))],
            RuledOut = [.. absent.Where(a => !broaderOfPresent.Contains(a)).Select(a => new Located<string>(a))],
            PainDurationMonths = hasPain && duration >= 0 ? duration / 10.0 : null,
            Findings = found.ToDictionary(f => f.Key, f => new Located<double>(Math.Round(f.Minimum + ((f.Maximum - f.Minimum) * fraction / 100.0), 1))),
            Flags = flagged.Where(f => !(f == "pregnancy" && flagValue && sex == Sex.Male)).ToDictionary(f => f, _ => new Located<bool>(flagValue)),
            History = done,
            NotDone = [.. never.Where(n => !doneIds.Contains(n)).Select(n => new Located<string>(n))],
        };
    }

    private static IEnumerable<string> Closure(string id) =>
        new[] { id }.Concat(Kb.FindCondition(new Domain.Vocabulary.ConditionId(id))!.Broader.SelectMany(b => Closure(b.Value)));
}
