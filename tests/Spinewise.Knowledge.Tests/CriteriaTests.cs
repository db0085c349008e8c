using Spinewise.Domain.Diagnostics;
using Spinewise.Domain.Eligibility;
using Spinewise.Domain.Sources;
using Spinewise.Testing;

namespace Spinewise.Knowledge.Tests;

public sealed class CriteriaTests
{
    private const string File = "criteria/prolotherapy.yaml";

    private static string Criterion(string id, string role, string test) => $$"""
          - id: {{id}}
            role: {{role}}
            basis: guideline
            statement: "a statement"
            test: {{test}}
            source: { document: clinical-evidence, section: "test", verification: verified }
        """;

    private static IReadOnlyList<Diagnostic> Load(params string[] criteria)
    {
        using var kb = new TempKnowledge().Write(File, "kind: criteria\nintervention: prolotherapy\ncriteria:\n" + string.Join("\n", criteria) + "\n");
        return KnowledgeLoader.Load(kb.Directory).Diagnostics;
    }

    [Fact]
    public void Shipped_EveryCriterionHasASourceAndEveryFileARequiredCriterion()
    {
        var kb = ShippedKnowledge.Value;

        kb.Criteria.Count.ShouldBeGreaterThanOrEqualTo(12);
        kb.Criteria.ShouldAllBe(c => c.Criteria.Any(x => x.IsRequired));
        kb.Criteria.SelectMany(c => c.Criteria).ShouldAllBe(c => kb.FindSource(c.Source.Document) != null);
        kb.Criteria.SelectMany(c => c.Criteria).Select(c => c.Id).ShouldBeUnique();
    }

    [Fact]
    public void Shipped_CriteriaQuotingASeedLine_QuoteItVerbatim()
    {
        var quoted = ShippedKnowledge.Value.Criteria.SelectMany(c => c.Criteria)
            .Where(c => !c.StatementIsParaphrase && c.Source.Line is not null && c.Source.Document.Value.StartsWith("seed-", StringComparison.Ordinal))
            .ToList();

        quoted.ShouldNotBeEmpty();
        foreach (var criterion in quoted)
        {
            var lines = System.IO.File.ReadAllLines(RepositoryPaths.Seed(criterion.Source.Document.Value["seed-".Length..]));
            lines[criterion.Source.Line!.Value - 1].ShouldContain(criterion.Statement, Case.Sensitive, criterion.Id);
        }
    }

    [Fact]
    public void Shipped_TrialEligibilityNamesItsTrialWhereKnown()
    {
        var kb = ShippedKnowledge.Value;
        var criteria = kb.Criteria.SelectMany(c => c.Criteria).Where(c => c.Trial is not null).ToList();

        criteria.ShouldNotBeEmpty();
        criteria.ShouldAllBe(c => c.Basis == CriterionBasis.TrialEligibility && kb.FindTrial(c.Trial!) != null);
    }

    [Fact]
    public void Shipped_OutcomeWords_NotToleratedIsNeverSpelledBesideFailed()
    {
        // one rule: a criterion asking for failed care is met by care not tolerated (docs/knowledge.md, "Outcome words")
        static IEnumerable<CriterionTest> Alternatives(CriterionTest t) => t switch
        {
            AnyOfTest a => a.Parts.SelectMany(Alternatives),
            _ => [t],
        };

        static IEnumerable<AnyOfTest> AnyOfs(CriterionTest t) => t switch
        {
            AnyOfTest a => a.Parts.SelectMany(AnyOfs).Prepend(a),
            AllOfTest a => a.Parts.SelectMany(AnyOfs),
            NotTest n => AnyOfs(n.Part),
            _ => [],
        };

        var offending = ShippedKnowledge.Value.Criteria.SelectMany(c => c.Criteria)
            .Where(c => AnyOfs(c.Test).Any(a => Alternatives(a).OfType<HistoryTest>().Any(h => h.Outcome == Domain.Cases.HistoryOutcome.NotTolerated)))
            .Select(c => c.Id);

        offending.ShouldBeEmpty();
    }

    [Fact]
    public void Shipped_VertebralAugmentationWindows_AreTestedOnTheFracturesAge()
    {
        var criteria = ShippedKnowledge.Value.CriteriaOf(new Domain.Vocabulary.InterventionId("vertebral-augmentation"))!.Criteria;

        static IEnumerable<FactTest> Facts(CriterionTest t) => t switch
        {
            FactTest f => [f],
            AllOfTest a => a.Parts.SelectMany(Facts),
            AnyOfTest a => a.Parts.SelectMany(Facts),
            NotTest n => Facts(n.Part),
            _ => [],
        };

        criteria.SelectMany(c => Facts(c.Test)).ShouldNotContain(f => f.Fact == Domain.Cases.CaseFacts.PainDurationMonths);
        Facts(criteria.Single(c => c.Id == "vertebral-augmentation/vertos-v-chronic-with-oedema").Test)
            .ShouldContain(f => f.Fact == "findings.fractureAgeWeeks" && f.Comparison == NumericComparison.Above);
    }

    [Theory]
    [InlineData("sij-fusion", "sij-injection")]
    [InlineData("sij-rfa", "sij-injection")]
    public void Shipped_SacroiliacProcedures_RequireADiagnosticBlock(string intervention, string block)
    {
        var criteria = ShippedKnowledge.Value.CriteriaOf(new Domain.Vocabulary.InterventionId(intervention))!.Criteria;

        criteria.ShouldContain(c => c.IsRequired && c.Test is HistoryTest && ((HistoryTest)c.Test).Intervention.Value == block);
    }

    [Fact]
    public void Shipped_EpiduralSafetyContraindications_AreSourcedOutsideTheSeeds()
    {
        var criteria = ShippedKnowledge.Value.CriteriaOf(new Domain.Vocabulary.InterventionId("epidural-steroid-injection"))!.Criteria;
        var contraindications = criteria.Where(c => c.Role == CriterionRole.Contraindication).ToList();

        contraindications.Select(c => ((FlagTest)c.Test).Flag).ShouldBe(["activeInfection", "coagulopathy", "pregnancy", "immunocompromised"], ignoreOrder: true);
        contraindications.ShouldAllBe(c => c.Source.Document.Value == "caudal-esi-snrb-protocol-2021" && c.Source.Verification == Verification.Verified);
    }

    [Fact]
    public void Shipped_NotFoundThresholdsAreNotesNotCriteria()
    {
        ShippedKnowledge.Value.Criteria.SelectMany(c => c.Criteria).ShouldNotContain(c => c.Source.Verification == Verification.NotFound);
    }

    [Fact]
    public void Load_ValidCriteria_ParseEveryTestKind()
    {
        using var kb = new TempKnowledge().Write(File, "kind: criteria\nintervention: prolotherapy\ncriteria:\n" + Criterion("prolotherapy/a", "indication",
            "{ allOf: [ { condition: low-back-pain }, { painType: axial }, { fact: findings.odi, between: [20, 60] }, { not: { flag: pregnancy } }, "
            + "{ anyOf: [ { history: conservative-care, outcome: not-tolerated, minMonths: 3 }, { history: medial-branch-block, minReliefPercent: 50, withinMonths: 6 } ] } ] }") + "\n");

        var result = KnowledgeLoader.Load(kb.Directory);

        result.Diagnostics.ShouldBeEmpty(string.Join("\n", result.Diagnostics));
        var test = result.Value.CriteriaOf(new("prolotherapy"))!.Criteria.Single().Test;
        test.Describe().ShouldBe("(condition low-back-pain and axial pain and 20 ≤ findings.odi ≤ 60 and not flag pregnancy and "
            + "(history of conservative-care (not tolerated, ≥ 3 months) or history of medial-branch-block (relief ≥ 50%, within 6 months)))");
    }

    [Fact]
    public void Load_NoRequiredCriterion_IsReported()
    {
        Load(Criterion("prolotherapy/a", "contraindication", "{ flag: pregnancy }")).Select(d => d.Code).ShouldBe([DiagnosticCodes.NoRequiredCriterion]);
    }

    [Theory]
    [InlineData("{ flag: pregnant }", "SW1018", "did you mean 'pregnancy'?")]
    [InlineData("{ fact: findings.odl, atLeast: 31 }", "SW1018", "did you mean 'findings.odi'")]
    [InlineData("{ fact: age, atLeast: 50, atMost: 80 }", "SW1018", "exactly one of")]
    [InlineData("{ fact: age, between: [80, 50] }", "SW1018", "lower first")]
    [InlineData("{ condition: cancer, flag: pregnancy }", "SW1018", "names condition, flag")]
    [InlineData("{ }", "SW1018", "a test names one of")]
    [InlineData("{ condition: cancr }", "SW1006", "'cancer'")]
    [InlineData("{ history: lumbar-rf }", "SW1006", "'lumbar-rfa'")]
    [InlineData("{ history: lumbar-rfa, outcome: worse }", "SW1010", "failed")]
    [InlineData("{ painType: both }", "SW1010", "axial")]
    [InlineData("{ fact: age, atLeast: fifty }", "SW1003", "number")]
    public void Load_BadTest_NamesTheProblem(string test, string code, string message)
    {
        var diagnostics = Load(Criterion("prolotherapy/a", "indication", test));

        var error = diagnostics.ShouldHaveSingleItem(string.Join("\n", diagnostics));
        error.Code.ShouldBe(code);
        error.Location.File.ShouldBe(File);
        error.Message.ShouldContain(message);
    }

    [Fact]
    public void Load_BadIdRoleAndMissingSource_AreEachReported()
    {
        var diagnostics = Load("""
              - id: lumbar-rfa/a
                role: required
                basis: guideline
                statement: "x"
                test: { flag: pregnancy }
            """);

        diagnostics.Select(d => d.Code).Order().ShouldBe([DiagnosticCodes.InvalidValue, DiagnosticCodes.MissingSource, DiagnosticCodes.BadIdFormat]);
    }

    [Fact]
    public void Load_SecondFileForTheSameIntervention_IsADuplicate()
    {
        using var kb = new TempKnowledge()
            .Write(File, "kind: criteria\nintervention: prolotherapy\ncriteria:\n" + Criterion("prolotherapy/a", "indication", "{ flag: pregnancy }") + "\n")
            .Write("criteria/prolotherapy-2.yaml", "kind: criteria\nintervention: prolotherapy\ncriteria:\n" + Criterion("prolotherapy/b", "indication", "{ flag: pregnancy }") + "\n");

        KnowledgeLoader.Load(kb.Directory).Diagnostics.Select(d => d.Code).ShouldBe([DiagnosticCodes.DuplicateId]);
    }
}
