using Spinewise.Domain;
using Spinewise.Domain.Guidelines;
using Spinewise.Testing;

namespace Spinewise.Knowledge.Tests;

public sealed class SeedConformanceTests
{
    private static readonly GuidelineId Aspn = new("aspn-2022");
    private static KnowledgeBase Kb => ShippedKnowledge.Value;

    [Fact]
    public void Aspn2022_Recommendations_MatchSeed001RowForRow()
    {
        var seedTopics = Seed001.Topics();
        var guideline = Kb.FindGuideline(Aspn).ShouldNotBeNull();

        seedTopics.Count.ShouldBe(18);
        seedTopics.Sum(t => t.Rows.Count).ShouldBe(61);
        guideline.Topics.Select(t => t.Title).ShouldBe(seedTopics.Select(t => t.Title));
        guideline.Recommendations.Count.ShouldBe(61);

        foreach (var (topic, (title, rows)) in guideline.Topics.Zip(seedTopics))
        {
            var recommendations = guideline.Recommendations.Where(r => r.TopicId == topic.Id).ToList();
            recommendations.Count.ShouldBe(rows.Count, $"topic '{title}'");
            foreach (var (recommendation, row) in recommendations.Zip(rows))
            {
                var what = $"{recommendation.Id} (seed line {row.Line})";
                recommendation.Statement.ShouldBe(row.Statement, what);
                recommendation.Grade.ShouldBe(row.Grade, what);
                recommendation.LevelAsPublished.ShouldBe(row.Level, what);
                recommendation.Certainty.ShouldBe(row.Certainty, what);
                recommendation.Source.Line.ShouldBe(row.Line, what);
                recommendation.Source.Section.ShouldBe(title, what);
            }
        }
    }

    [Fact]
    public void Aspn2022_PublishedLevelTypos_AreNormalisedAndKept()
    {
        var recommendations = Kb.FindGuideline(Aspn)!.Recommendations;
        var lowerCase = recommendations.Where(r => r.LevelAsPublished == "I-a").ToList();
        var arabic = recommendations.Where(r => r.LevelAsPublished == "1-B").ToList();

        lowerCase.Count.ShouldBe(3);
        lowerCase.ShouldAllBe(r => r.Level == "I-A");
        arabic.Count.ShouldBe(3);
        arabic.ShouldAllBe(r => r.Level == "I-B");
        recommendations.Except(lowerCase).Except(arabic).ShouldAllBe(r => r.Level == r.LevelAsPublished);
    }

    [Fact]
    public void Aspn2022_DiseaseIndicationsTable_MatchesSeed()
    {
        var table = Kb.FindTable("aspn-2022/idds-disease-indications").ShouldNotBeNull();
        var block = Seed001.Block("Disease Indications for Intrathecal Drug Delivery", "Key Considerations for Patient Selection");
        var flattened = table.Sections.Single().Items
            .SelectMany(i => new[] { i.Text }.Concat(i.SubItems.Select(s => "- " + s)))
            .ToList();

        flattened.ShouldBe(block);
        table.ItemCount.ShouldBe(8);
        table.Sections.Single().Items.Sum(i => i.SubItems.Count).ShouldBe(10);
    }

    [Fact]
    public void Aspn2022_PatientSelectionTable_HoldsEveryPublishedCellInRowOrder()
    {
        var table = Kb.FindTable("aspn-2022/idds-patient-selection").ShouldNotBeNull();
        var block = Seed001.Block("Key Considerations for Patient Selection", "Complications Associated with IDDS");
        var contraindications = table.Sections.Single(s => s.Id == "contraindications").Items.Select(i => i.Text).ToList();
        var indications = table.Sections.Single(s => s.Id == "indications").Items.Select(i => i.Text).ToList();

        block[0].ShouldBe("Contraindications Indications");
        var rows = contraindications.Select((c, i) => i < indications.Count ? $"{c} {indications[i]}" : c).ToList();
        rows.ShouldBe(block.Skip(1));
        contraindications.Count.ShouldBe(5);
        indications.Count.ShouldBe(4);
    }

    [Fact]
    public void Aspn2022_ComplicationsTable_HasFourCategoriesOf38Items()
    {
        var table = Kb.FindTable("aspn-2022/idds-complications").ShouldNotBeNull();
        var block = Seed001.Block("Complications Associated with IDDS", "Recommendation Grading");
        var flattened = table.Sections.SelectMany(s => new[] { s.Label }.Concat(s.Items.Select(i => "• " + i.Text))).ToList();

        flattened.ShouldBe(block);
        table.Sections.Select(s => s.Items.Count).ShouldBe([6, 7, 16, 9]);
        table.ItemCount.ShouldBe(38);
    }

    [Fact]
    public void Aspn2022_Scope_IsVerbatimFromSeed()
    {
        var scope = Kb.FindGuideline(Aspn)!.Scope.ShouldNotBeNull();
        var lines = Seed001.AllLines;

        lines.ShouldContain(scope.Objectives);
        lines.ShouldContain(scope.TargetPatients);
        lines.ShouldContain(scope.TargetProviders);
        lines.ShouldContain(string.Join(", ", scope.IntendedUsers));
        lines.ShouldContain(string.Join(", ", scope.Settings));
        lines.ShouldContain(string.Join(", ", scope.Inclusion));
        lines.ShouldContain(string.Join(", ", scope.Areas));
        lines.ShouldContain(string.Join(", ", scope.Keywords));
        lines.ShouldContain($"{scope.Mesh.Single().Code} - {scope.Mesh.Single().Display}");
    }

    [Fact]
    public void Aspn2022_Dates_KeepEveryPublishedValueWithItsLine()
    {
        var guideline = Kb.FindGuideline(Aspn)!;
        var lines = Seed001.AllLines;

        guideline.LastUpdated.Select(d => d.Date).ShouldBe([new DateOnly(2022, 12, 12), new DateOnly(2024, 10, 23)]);
        foreach (var date in guideline.LastUpdated.Concat(guideline.PublicationDates).Where(d => d.Source.Document.Value == "seed-001"))
        {
            lines[date.Source.Line!.Value - 1].ShouldContain(date.AsPublished);
        }

        var seed000 = File.ReadAllLines(RepositoryPaths.Seed("000"));
        var vertos = guideline.PublicationDates.Single(d => d.Source.Document.Value == "seed-000");
        seed000[vertos.Source.Line!.Value - 1].ShouldContain(vertos.AsPublished);
        string.Join(", ", guideline.Authors).ShouldBe(seed000[vertos.Source.Line!.Value - 1].Split("Author— ")[1].Split(" Published")[0]);
    }
}
