using Spinewise.Domain.Vocabulary;
using Spinewise.Testing;

namespace Spinewise.Knowledge.Tests;

/// <summary>The optional plain description of an intervention (<c>plain: { text, source }</c>) that the decision aid shows.</summary>
public sealed class PlainDescriptionTests
{
    private const string Vocabulary = "vocabulary/interventions.yaml";

    [Fact]
    public void Load_ShippedVocabulary_GivesSourcedPlainDescriptionsOnlyWhereWritten()
    {
        var kb = KnowledgeLoader.Load(RepositoryPaths.Knowledge).Value;

        var pild = kb.FindIntervention(new InterventionId("pild"))!.Plain.ShouldNotBeNull();
        pild.Text.ShouldContain("ligamentum flavum");
        pild.Source.Document.Value.ShouldBe("seed-001");
        pild.Source.Line.ShouldBe(55);
        kb.FindIntervention(new InterventionId("epidural-steroid-injection"))!.Plain.ShouldNotBeNull();
        kb.FindIntervention(new InterventionId("scs"))!.Plain.ShouldBeNull();
    }

    [Fact]
    public void Load_PlainDescriptionWithoutSource_IsReportedAtItsField()
    {
        using var kb = new TempKnowledge().Replace(Vocabulary,
            ", source: { document: seed-001, section: \"PILD Injections\", line: 55, verification: verified } }", " }");

        var result = KnowledgeLoader.Load(kb.Directory);

        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCodes.MissingSource);
        error.Location.File.ShouldBe(Vocabulary);
        error.Location.Path!.ShouldEndWith("plain.source");
    }

    [Fact]
    public void Load_PlainDescriptionCitingAnUnknownDocument_IsReported()
    {
        using var kb = new TempKnowledge().Replace(Vocabulary, "document: seed-001, section: \"PILD Injections\"", "document: seed-101, section: \"PILD Injections\"");

        var result = KnowledgeLoader.Load(kb.Directory);

        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCodes.UnknownReference);
        error.Message.ShouldContain("seed-101");
    }
}
