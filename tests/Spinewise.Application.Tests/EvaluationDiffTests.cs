using Spinewise.Application.Contracts;
using Spinewise.Application.Contracts.Diff;
using Spinewise.Application.Evaluations;
using Spinewise.Domain.Decisions;

namespace Spinewise.Application.Tests;

public sealed class EvaluationDiffTests
{
    private static RecommendContract Stenosis() =>
        new EvaluateCase(Hosts.Shipped).Execute(Hosts.Example("stenosis-claudication"), "case", null).Value.Contract;

    [Fact]
    public void Between_SameAnswer_ListsNothing()
    {
        var answer = Stenosis();

        var diff = EvaluationDiff.Between(answer, Stenosis());

        diff.Changed.ShouldBeFalse();
        diff.Interventions.ShouldBeEmpty();
        diff.Recommendations.ShouldBeEmpty();
        diff.Conflicts.ShouldBeEmpty();
        diff.AskNext.ShouldBeEmpty();
        diff.KnowledgeVersionBefore.ShouldBe(diff.KnowledgeVersionAfter);
    }

    [Fact]
    public void Between_StatusApplicabilityAndQuestionChanged_ListsEach()
    {
        var before = Stenosis();
        var first = before.Interventions[0];
        var changedStatus = first.Status == CandidateStatus.Candidate ? CandidateStatus.NotCandidate : CandidateStatus.Candidate;
        var once = before.Interventions.Skip(1).SelectMany(i => i.Recommendations).GroupBy(r => r.Id).First(g => g.Count() == 1
            && before.Interventions[0].Recommendations.All(r => r.Id != g.Key)).Key;
        var recommendation = before.Interventions.SelectMany(i => i.Recommendations).Single(r => r.Id == once);
        var group = before.Applicability.Single(g => g.Recommendations.Contains(once));
        var flipped = group.Applies == Applicability.Yes ? Applicability.No : Applicability.Yes;
        var after = before with
        {
            KnowledgeVersion = new string('0', 64),
            Interventions = [.. before.Interventions.Select(i => i == first ? i with { Status = changedStatus } : i)],
            Applicability =
            [
                .. before.Applicability.Select(g => g == group ? g with { Recommendations = [.. g.Recommendations.Where(id => id != once)] } : g),
                new ApplicabilityGroupJson(flipped, "changed", [once]),
            ],
            AskNext = [.. before.AskNext.Skip(1)],
        };

        var diff = EvaluationDiff.Between(before, after);

        diff.Changed.ShouldBeTrue();
        diff.KnowledgeVersionAfter.ShouldBe(new string('0', 64));
        diff.Interventions.ShouldHaveSingleItem().Intervention.ShouldBe(first.Intervention);
        diff.Interventions[0].Change.ShouldBe(ChangeKind.Changed);
        var changed = diff.Recommendations.ShouldHaveSingleItem();
        (changed.Recommendation, changed.Change, changed.StanceBefore).ShouldBe((recommendation.Id, ChangeKind.Changed, changed.StanceAfter));
        changed.AppliesBefore.ShouldNotBe(changed.AppliesAfter);
        if (before.AskNext.Count > 0)
        {
            diff.AskNext.ShouldHaveSingleItem().Change.ShouldBe(ChangeKind.Removed);
        }
    }

    [Fact]
    public void Between_InterventionRemoved_ListsItsRecommendationsAndConflictsAsRemoved()
    {
        var before = Stenosis();
        var gone = before.Interventions.First(i => i.Recommendations.Count > 0);
        var after = before with { Interventions = [.. before.Interventions.Where(i => i != gone)] };

        var diff = EvaluationDiff.Between(before, after);

        diff.Interventions.ShouldHaveSingleItem().ShouldBe(new StatusChangeJson(gone.Intervention, ChangeKind.Removed, diff.Interventions[0].Before, null));
        diff.Recommendations.Count.ShouldBe(gone.Recommendations.Select(r => (r.Id, r.Variant)).Distinct().Count());
        diff.Recommendations.ShouldAllBe(r => r.Change == ChangeKind.Removed && r.Intervention == gone.Intervention);
        diff.Conflicts.Count.ShouldBe(gone.Conflicts.Count);
    }
}
