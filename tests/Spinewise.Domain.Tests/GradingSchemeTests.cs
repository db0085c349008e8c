using Spinewise.Domain.Grading;
using Spinewise.Domain.Sources;

namespace Spinewise.Domain.Tests;

public sealed class GradingSchemeTests
{
    private static readonly SourceRef Source = new(new SourceId("test"), null, null, Verification.Verified);

    private static GradingScheme Scheme(params CertaintyLabel[] certainty) => new(
        new GradingSchemeId("s"), "S", "basis",
        [new GradeDefinition("A", "a", null, Source)],
        [new EvidenceLevelDefinition("I-A", 1, null, Source), new EvidenceLevelDefinition("I-B", 2, null, Source)],
        [new LevelVariant("1-B", "I-B", "arabic one")],
        certainty, null, [Source], []);

    [Theory]
    [InlineData("I-A", "I-A")]
    [InlineData("1-B", "I-B")]
    [InlineData("I-a", null)]
    [InlineData("II", null)]
    public void NormaliseLevel_LevelOrDeclaredVariantOnly(string published, string? expected)
    {
        Scheme().NormaliseLevel(published).ShouldBe(expected);
    }

    [Fact]
    public void CertaintyMixesVocabularies_TrueOnlyWhenTwoVocabulariesAreUsed()
    {
        var high = new CertaintyLabel("High", CertaintyVocabulary.Uspstf, Certainty.High, "m", Source);
        var strong = new CertaintyLabel("Strong", CertaintyVocabulary.NonStandard, null, null, Source);

        Scheme(high).CertaintyMixesVocabularies.ShouldBeFalse();
        Scheme(high, strong).CertaintyMixesVocabularies.ShouldBeTrue();
    }

    [Fact]
    public void EvidenceLevel_WithoutDefinition_SaysNotAddressed()
    {
        new EvidenceLevelDefinition("I-C", 3, null, Source).DefinitionOrNotAddressed.ShouldBe("not addressed");
    }
}
