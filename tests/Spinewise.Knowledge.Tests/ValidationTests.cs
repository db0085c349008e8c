using Spinewise.Testing;

namespace Spinewise.Knowledge.Tests;

public sealed class ValidationTests
{
    private const string Recommendations = "guidelines/aspn-2022/recommendations.yaml";

    [Fact]
    public void Load_ShippedKnowledge_IsValid()
    {
        var result = KnowledgeLoader.Load(RepositoryPaths.Knowledge);

        result.Diagnostics.ShouldBeEmpty(string.Join(Environment.NewLine, result.Diagnostics));
        result.IsSuccess.ShouldBeTrue();
        result.FileCount.ShouldBeGreaterThanOrEqualTo(7);
    }

    [Fact]
    public void Load_MalformedYaml_ReportsFileLineAndColumn()
    {
        using var kb = new TempKnowledge().Write("broken.yaml", "kind: sources\nsources:\n  - id: x\n    title: [unclosed\n");

        var result = KnowledgeLoader.Load(kb.Directory);

        result.IsSuccess.ShouldBeFalse();
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCodes.MalformedYaml);
        error.Location.File.ShouldBe("broken.yaml");
        (error.Location.Line ?? 0).ShouldBeGreaterThanOrEqualTo(4);
    }

    [Fact]
    public void Load_UnknownIntervention_NamesFieldLineAndNearestId()
    {
        using var kb = new TempKnowledge().Replace(Recommendations, "{ id: lumbar-rfa, variant: pulsed, stance: against, note: \"Not efficacious.\" }", "{ id: lumbar-rf, variant: pulsed, stance: against }");
        var line = kb.LineOf(Recommendations, "id: lumbar-rf,");

        var result = KnowledgeLoader.Load(kb.Directory);

        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCodes.UnknownReference);
        error.Location.File.ShouldBe(Recommendations);
        error.Location.Line.ShouldBe(line);
        (error.Location.Column ?? 0).ShouldBeGreaterThan(1);
        error.Location.Path.ShouldBe("topics[15].recommendations[2].interventions[0].id");
        error.Message.ShouldContain("'lumbar-rfa'");
        error.ToString().ShouldStartWith($"{Recommendations}:{line}:{error.Location.Column} topics[15].recommendations[2].interventions[0].id: unknown intervention 'lumbar-rf'");
    }

    [Fact]
    public void Load_UnknownVariantAndCondition_AreReported()
    {
        using var kb = new TempKnowledge()
            .Replace(Recommendations, "variant: interlaminar", "variant: interlaminal")
            .Replace(Recommendations, "conditions: [sacroiliac-joint-pain]", "conditions: [sacroiliac-pain]");

        var result = KnowledgeLoader.Load(kb.Directory);

        result.Diagnostics.Select(d => d.Message).ShouldBe(
        [
            "unknown variant of 'epidural-steroid-injection' 'interlaminal'; did you mean 'interlaminar'?",
            "unknown condition 'sacroiliac-pain'; did you mean 'sacroiliac-joint-pain'?",
        ]);
    }

    [Fact]
    public void Load_GradeLevelAndCertaintyOutsideScheme_AreEachReported()
    {
        using var kb = new TempKnowledge()
            .Replace(Recommendations, "grade: D", "grade: E")
            .Replace(Recommendations, "level: I-C", "level: I-D")
            .Replace(Recommendations, "certainty: Weak", "certainty: Feeble");

        var result = KnowledgeLoader.Load(kb.Directory);

        result.Diagnostics.Select(d => d.Code).ShouldBe(
            [DiagnosticCodes.LevelNotInScheme, DiagnosticCodes.CertaintyNotInScheme, DiagnosticCodes.GradeNotInScheme], ignoreOrder: true);
        result.Diagnostics.ShouldContain(d => d.Message.StartsWith("grade 'E' is not in grading scheme aspn-uspstf (A, B, C, D, I)", StringComparison.Ordinal));
        result.Diagnostics.ShouldAllBe(d => d.Location.File == Recommendations);
    }

    [Fact]
    public void Load_PublishedLevelThatIsNoDeclaredVariant_IsRejected()
    {
        using var kb = new TempKnowledge().Replace(Recommendations, "levelAsPublished: \"1-B\"", "levelAsPublished: \"1-C\"");

        var result = KnowledgeLoader.Load(kb.Directory);

        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCodes.LevelNotInScheme);
        error.Location.Path.ShouldEndWith(".levelAsPublished");
    }

    [Fact]
    public void Load_RecommendationWithoutSource_IsRejected()
    {
        using var kb = new TempKnowledge().Replace(Recommendations,
            "        source: { document: seed-001, section: \"Basivertebral Nerve Ablation\", line: 139, verification: verified }\n", string.Empty);

        var result = KnowledgeLoader.Load(kb.Directory);

        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCodes.MissingSource);
        error.Message.ShouldBe("recommendation 'aspn-2022/bvn/1' has no source");
    }

    [Fact]
    public void Load_DuplicateIdAndUnknownField_AreReportedTogether()
    {
        using var kb = new TempKnowledge()
            .Replace(Recommendations, "id: aspn-2022/rfa/2", "id: aspn-2022/rfa/1")
            .Replace(Recommendations, "statement: \"Pulsed RFA is not efficacious\"", "statment: \"Pulsed RFA is not efficacious\"");

        var result = KnowledgeLoader.Load(kb.Directory);

        result.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.DuplicateId && d.Message.Contains("'aspn-2022/rfa/1'", StringComparison.Ordinal));
        result.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.UnknownField && d.Message == "unknown field 'statment'; did you mean 'statement'?");
        result.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.MissingField && d.Message == "required field 'statement' is missing");
    }

    [Fact]
    public void Load_InvalidStanceAndMisplacedRecommendationId_AreReported()
    {
        using var kb = new TempKnowledge()
            .Replace(Recommendations, "{ id: bvn-ablation, stance: for }", "{ id: bvn-ablation, stance: favourable }")
            .Replace(Recommendations, "id: aspn-2022/bvn/1", "id: aspn-2022/rfa/9");

        var result = KnowledgeLoader.Load(kb.Directory);

        result.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.InvalidValue && d.Message == "'favourable' is not one of: for, against, conditional, conditional-against, insufficient, not-addressed");
        result.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.BadIdFormat && d.Message.Contains("aspn-2022/bvn/<number>", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UnknownSourceDocument_SuggestsKnownOnes()
    {
        using var kb = new TempKnowledge().Replace(Recommendations, "document: seed-001, section: \"Vertebral Augmentation\"", "document: seed-01, section: \"Vertebral Augmentation\"");

        var result = KnowledgeLoader.Load(kb.Directory);

        result.Diagnostics.ShouldHaveSingleItem().Message.ShouldStartWith("unknown source 'seed-01'; did you mean 'seed-001'");
    }

    [Fact]
    public void Load_MissingOrEmptyFolder_IsAnErrorNotAnException()
    {
        var missing = Path.Combine(Path.GetTempPath(), "spinewise-none-" + Guid.NewGuid().ToString("N"));
        KnowledgeLoader.Load(missing).Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.NoKnowledge);

        Directory.CreateDirectory(missing);
        try
        {
            KnowledgeLoader.Load(missing).Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("no knowledge files");
        }
        finally
        {
            Directory.Delete(missing);
        }
    }

    [Fact]
    public void Load_UnknownFileKind_IsReported()
    {
        using var kb = new TempKnowledge().Write("extra.yaml", "kind: guidlines\n");

        var result = KnowledgeLoader.Load(kb.Directory);

        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCodes.UnknownFileKind);
        (error.Location.Line, error.Location.Column).ShouldBe((1, 7));
    }

    [Fact]
    public void Version_IsStableForSameFilesAndChangesOnAnyEdit()
    {
        using var kb = new TempKnowledge();
        var shipped = KnowledgeLoader.Load(RepositoryPaths.Knowledge).Version;
        KnowledgeLoader.Load(kb.Directory).Version.ShouldBe(shipped);

        kb.Replace("vocabulary/conditions.yaml", "label: Spondylolisthesis", "label: Spondylolisthesis ");
        KnowledgeLoader.Load(kb.Directory).Version.ShouldNotBe(shipped);
        shipped.Sha256.Length.ShouldBe(64);
        shipped.Display.Length.ShouldBe(12);
    }
}

public sealed class EvidenceValidationTests
{
    [Fact]
    public void Trial_ArmsNotAddingUpToEnrolled_IsReported()
    {
        using var kb = new TempKnowledge().Write("trials/zz-test.yaml", """
            kind: trial
            id: zz-test
            name: ZZ
            title: A test trial
            design: { randomised: true, blinding: open-label, comparator: sham, description: "test", source: { document: seed-002, verification: verified } }
            enrolled: 100
            arms:
              - { id: a, label: A, n: 40, interventions: [pild] }
              - { id: b, label: B, n: 50, interventions: [conservative-care] }
            source: { document: seed-002, verification: verified }
            """);

        var result = KnowledgeLoader.Load(kb.Directory);

        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCodes.ArmsDoNotAddUp);
        error.Location.File.ShouldBe("trials/zz-test.yaml");
        error.Message.ShouldBe("arm sizes 40 + 50 = 90 do not add up to enrolled = 100");
    }

    [Fact]
    public void Critique_UnknownTargetAndReasonCode_AreReported()
    {
        using var kb = new TempKnowledge().Write("critiques/zz-test.yaml", """
            kind: critique
            id: zz-test
            author: Someone
            targets: [ { guideline: bmj-2052 }, { recommendation: bmj-2025/axial/9 } ]
            points:
              - { code: population-poling, text: "x", source: { document: seed-004, verification: verified } }
            source: { document: seed-004, verification: verified }
            """);

        var result = KnowledgeLoader.Load(kb.Directory);

        result.Diagnostics.Select(d => d.Message).ShouldBe(
        [
            "unknown guideline 'bmj-2052'; did you mean 'bmj-2025'?",
            "unknown recommendation 'bmj-2025/axial/9'; did you mean 'bmj-2025/axial/1' or 'bmj-2025/axial/2' or 'bmj-2025/axial/3'?",
            "unknown conflict reason code 'population-poling'; did you mean 'population-pooling'?",
        ]);
        result.Diagnostics.ShouldAllBe(d => d.Location.File == "critiques/zz-test.yaml" && d.Code == DiagnosticCodes.UnknownReference);
    }

    [Fact]
    public void Recommendation_StrengthNotInScheme_IsReported()
    {
        using var kb = new TempKnowledge().Replace("guidelines/bmj-2025/recommendations.yaml", "strength: strong", "strength: mighty");

        var result = KnowledgeLoader.Load(kb.Directory);

        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Message.ShouldStartWith("strength 'mighty' is not in grading scheme grade");
    }

    [Theory]
    [InlineData("kind: sources\nsources: [a, b\n")]
    [InlineData("kind: sources\nsources: {a: 1\n")]
    [InlineData("kind: sources\nsources:\n  - source: {thickness on MRI or CT.\"\n    source: {thickness on MRI or CT.\"\n")]
    [InlineData("[")]
    [InlineData("{")]
    public void Load_FlowCollectionLeftOpen_IsMalformedYamlWithPosition(string yaml)
    {
        using var kb = new TempKnowledge().Write("zz-open.yaml", yaml);

        var error = KnowledgeLoader.Load(kb.Directory).Diagnostics.ShouldHaveSingleItem();

        (error.Code, error.Location.File).ShouldBe((DiagnosticCodes.MalformedYaml, "zz-open.yaml"));
        (error.Location.Line ?? 0).ShouldBeGreaterThanOrEqualTo(1);
        (error.Location.Column ?? 0).ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public void Load_MissingInterventionVocabulary_NamesTheFileFirst()
    {
        using var kb = new TempKnowledge();
        File.Delete(Path.Combine(kb.Directory, "vocabulary", "interventions.yaml"));

        var result = KnowledgeLoader.Load(kb.Directory);

        result.IsSuccess.ShouldBeFalse();
        var first = result.Diagnostics[0];
        (first.Code, first.Location.File).ShouldBe((DiagnosticCodes.MissingCoreFile, "vocabulary/interventions.yaml"));
        result.Diagnostics.Skip(1).ShouldAllBe(d => d.Code != DiagnosticCodes.MissingCoreFile);
        result.Diagnostics.Count.ShouldBeGreaterThan(10); // the follow-on unknown references are still listed after it
    }

    [Fact]
    public void Load_MalformedFileAmongOthers_IsListedBeforeLaterFilesErrors()
    {
        using var kb = new TempKnowledge()
            .Replace("guidelines/aspn-2022/recommendations.yaml", "variant: interlaminar", "variant: interlaminal")
            .Write("zz-broken.yaml", "kind: sources\nsources: [unclosed\n");

        var result = KnowledgeLoader.Load(kb.Directory);

        result.Diagnostics[0].Code.ShouldBe(DiagnosticCodes.MalformedYaml);
        result.Diagnostics[0].Location.File.ShouldBe("zz-broken.yaml");
        result.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.UnknownReference);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Load_Utf16File_SaysSaveAsUtf8(string encoding)
    {
        using var kb = new TempKnowledge();
        var text = System.Text.Encoding.GetEncoding(encoding);
        File.WriteAllBytes(Path.Combine(kb.Directory, "zz.yaml"), [.. text.GetPreamble(), .. text.GetBytes("kind: sources\nsources: []\n")]);

        var result = KnowledgeLoader.Load(kb.Directory);

        var error = result.Diagnostics.ShouldHaveSingleItem();
        (error.Code, error.Location.File, error.Location.Line, error.Location.Column).ShouldBe((DiagnosticCodes.NotUtf8, "zz.yaml", 1, 1));
        error.Message.ShouldContain("save it as UTF-8");
    }

    [Fact]
    public void Load_NonUtf8ByteInAValue_NamesLineAndColumn()
    {
        using var kb = new TempKnowledge();
        File.WriteAllBytes(Path.Combine(kb.Directory, "zz.yaml"), System.Text.Encoding.Latin1.GetBytes("kind: sources\nsources: [\"caf\u00e9\"]\n"));

        var error = KnowledgeLoader.Load(kb.Directory).Diagnostics.ShouldHaveSingleItem();

        (error.Code, error.Location.Line, error.Location.Column).ShouldBe((DiagnosticCodes.NotUtf8, 2, 15));
    }
}
