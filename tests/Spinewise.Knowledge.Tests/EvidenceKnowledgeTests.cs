using System.Text.RegularExpressions;
using Spinewise.Domain;
using Spinewise.Domain.Evidence;
using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Vocabulary;
using Spinewise.Testing;

namespace Spinewise.Knowledge.Tests;

public sealed partial class EvidenceKnowledgeTests
{
    private static KnowledgeBase Kb => ShippedKnowledge.Value;

    [Fact]
    public void Motion_FiguresMatchSeed002()
    {
        var seed = File.ReadAllText(RepositoryPaths.Seed("002"));
        var motion = Kb.FindTrial("motion").ShouldNotBeNull();
        var enrolment = Enrolment().Match(seed);
        enrolment.Success.ShouldBeTrue("seed 002 states enrolment as 'Of N patients enrolled at C US ...'");
        var ages = Ages().Match(seed);

        motion.Enrolled.ShouldBe(int.Parse(enrolment.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        motion.Centres.ShouldBe(int.Parse(enrolment.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        motion.Arms.Sum(a => a.N).ShouldBe(155);
        motion.Arms.Select(a => a.N).Order().ShouldBe([77, 78]);
        motion.Arms.Single(a => a.N == 77).Interventions.ShouldContain(new InterventionId("pild"));
        (motion.AgeMin, motion.AgeMax).ShouldBe((int.Parse(ages.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(ages.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)));
        motion.Registration.ShouldBe("NCT03610737");
        motion.Design.Comparator.ShouldBe(Comparator.Active);
        motion.Design.Blinding.ShouldBe("open-label");
        motion.FollowUp.ShouldContain(f => f.Primary && f.Months == 12);
        motion.Supports.ShouldContain(new RecommendationId("aspn-2022/pild/1"));
        motion.Reports.ShouldContain(r => r.Doi == "10.2147/JPR.S312573" && r.Analysed == 155);
    }

    [Fact]
    public void Wang2025_IsASynthesisLinkedToTheBmjRecommendations()
    {
        var wang = Kb.FindSynthesis("wang-2025-nma").ShouldNotBeNull();

        (wang.Trials, wang.Participants, wang.EligibleStudies, wang.Procedures).ShouldBe((81, 7977, 132, 13));
        wang.Comparator.ShouldBe(Comparator.Sham);
        wang.Mid.ShouldNotBeNull().Value.ShouldBe(1.5);
        wang.Informs.ShouldContain(new RecommendationId("bmj-2025/axial/2"));
        wang.Informs.ShouldAllBe(id => Kb.FindRecommendation(id) != null);
        var epiduralLa = wang.Estimates.First(e => e.Intervention == new InterventionId("epidural-steroid-injection"));
        (epiduralLa.Value, epiduralLa.Lower, epiduralLa.Upper).ShouldBe((0.28, -1.18, 1.75));
        // positive = more pain than sham: no estimate read shows a benefit reaching the minimal important difference
        wang.Estimates.Where(e => e.Value is not null).ShouldAllBe(e => e.Value > -wang.Mid!.Value);
    }

    [Fact]
    public void EveryTrial_ArmsAddUpAndLinksResolve()
    {
        Kb.Trials.ShouldNotBeEmpty();
        foreach (var trial in Kb.Trials)
        {
            if (trial.Arms.Count > 0 && trial.Enrolled is { } n)
            {
                trial.Arms.Sum(a => a.N).ShouldBe(n, trial.Id);
            }

            trial.Supports.ShouldAllBe(id => Kb.FindRecommendation(id) != null);
        }
    }

    [Fact]
    public void Guidelines_WithoutReadableRecommendations_AreListedWithThatFact()
    {
        var vadod = Kb.FindGuideline(new GuidelineId("vadod-2022")).ShouldNotBeNull();

        vadod.Details.RecommendationsStatus.ShouldBe(RecommendationsStatus.NotFound);
        vadod.Recommendations.ShouldBeEmpty();
    }

    [GeneratedRegex(@"Of (\d+) patients enrolled at (\d+) US")]
    private static partial Regex Enrolment();

    [GeneratedRegex(@"aged (\d+) to (\d+) years")]
    private static partial Regex Ages();
}
