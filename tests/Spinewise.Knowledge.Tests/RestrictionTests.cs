using Spinewise.Testing;

namespace Spinewise.Knowledge.Tests;

/// <summary>A population restriction a statement names must be encoded in the fields that decide applicability (SW1020).</summary>
public sealed class RestrictionTests
{
    private const string Aspn = "guidelines/aspn-2022/recommendations.yaml";

    [Theory]
    [InlineData("        painDuration: chronic\n        excludes: [cancer]\n", "        painDuration: chronic\n", "'non-cancer' needs excludes: [cancer]")]
    [InlineData("        painDuration: chronic\n        excludes: [cancer]\n", "        excludes: [cancer]\n", "'chronic' needs painDuration: chronic")]
    [InlineData("        excludes: [post-surgical-spine-pain]\n", "", "'non-surgical' needs excludes: [post-surgical-spine-pain]")]
    public void Load_StatementRestrictionNotEncoded_IsRefusedWithTheMissingField(string encoded, string without, string message)
    {
        using var kb = new TempKnowledge().Replace(Aspn, encoded, without);

        var result = KnowledgeLoader.Load(kb.Directory);

        result.IsSuccess.ShouldBeFalse();
        result.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.RestrictionNotEncoded && d.Location.File == Aspn && d.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_CervicalStatementWithoutRegion_IsRefused()
    {
        using var kb = new TempKnowledge().Replace("guidelines/aan-2007-esi/recommendations.yaml", "        regions: [cervical]\n", string.Empty);

        var result = KnowledgeLoader.Load(kb.Directory);

        result.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.RestrictionNotEncoded && d.Message.Contains("aan-2007-esi/esi/3", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_AdultsWithoutMinimumAge_IsRefusedForEveryStatementOfTheGuideline()
    {
        using var kb = new TempKnowledge().Replace("guidelines/bmj-2025/guideline.yaml", "  minimumAge: 18", "  # no age");

        var result = KnowledgeLoader.Load(kb.Directory);

        result.Diagnostics.Count(d => d.Code == DiagnosticCodes.RestrictionNotEncoded && d.Message.Contains("'adults'", StringComparison.Ordinal)).ShouldBe(6);
    }

    [Fact]
    public void Load_RestrictionWordWithANote_IsAccepted()
    {
        using var kb = new TempKnowledge().Replace("guidelines/nice-ng59/recommendations.yaml", "painDuration: acute\n", "painDuration: acute\n        restrictionsNote: \"reviewed\"\n");

        KnowledgeLoader.Load(kb.Directory).Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Load_ImpliedConditionsBesideNamedOnes_IsRefused()
    {
        using var kb = new TempKnowledge().Replace(Aspn, "conditions: [sacroiliac-joint-pain]\n", "conditions: [sacroiliac-joint-pain]\n        impliedConditions: { conditions: [facet-joint-pain], basis: \"x\", source: { document: seed-001, section: \"x\" } }\n");

        KnowledgeLoader.Load(kb.Directory).Diagnostics.ShouldContain(d => d.Location.Path.EndsWith("impliedConditions", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ShippedKnowledge_HasTheReferenceDurationDefinitions()
    {
        var kb = KnowledgeLoader.Load(RepositoryPaths.Knowledge).Value;

        kb.PainDurations.ShouldNotBeNull();
        kb.PainDurations.AcuteBelowWeeks.ShouldBe(4);
        kb.PainDurations.ChronicAboveWeeks.ShouldBe(12);
        kb.PainDurations.Source.Verification.ShouldBe(Domain.Sources.Verification.Secondary);
    }

    [Fact]
    public void Load_GuidelineAboutChronicPainWithoutADuration_IsRefused()
    {
        using var kb = new TempKnowledge().Replace("guidelines/asipp-2024-pns/guideline.yaml", "  painDuration: chronic\n", string.Empty);

        KnowledgeLoader.Load(kb.Directory).Diagnostics
            .ShouldContain(d => d.Code == DiagnosticCodes.RestrictionNotEncoded && d.Message.Contains("guideline 'asipp-2024-pns' is about chronic pain", StringComparison.Ordinal));
    }
}
