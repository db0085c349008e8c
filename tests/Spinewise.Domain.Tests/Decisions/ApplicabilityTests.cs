using Spinewise.Domain.Decisions;

namespace Spinewise.Domain.Tests.Decisions;

/// <summary>Whether each guideline's recommendations apply to the patient, on the shipped knowledge (BMJ 2025's population).</summary>
public sealed class ApplicabilityTests
{
    private const string ChronicAxial = """
        "id": "t", "age": 52, "painDurationMonths": 14, "painType": "axial",
        "conditions": ["facet-joint-pain"], "ruledOut": ["cancer", "inflammatory-arthropathy", "spinal-infection"]
        """;

    private static RecommendationFit Bmj(DecisionReport report, string recommendation) =>
        report.Of("epidural-steroid-injection").Recommendations.First(r => r.Position.Recommendation.Id.Value == recommendation);

    [Fact]
    public void Bmj_ChronicAxialPainWithExclusionsRuledOut_Applies()
    {
        var fit = Bmj(TestCases.Evaluate(TestCases.ShippedEngine, "{" + ChronicAxial + "}"), "bmj-2025/axial/2");

        fit.Applies.ShouldBe(Applicability.Yes);
        fit.Why.ShouldContain("14 months");
    }

    [Fact]
    public void Bmj_AcutePain_DoesNotApplyAndSaysWhy()
    {
        var fit = Bmj(TestCases.Evaluate(TestCases.ShippedEngine, "{" + ChronicAxial.Replace("14", "1", StringComparison.Ordinal) + "}"), "bmj-2025/axial/2");

        fit.Applies.ShouldBe(Applicability.No);
        fit.Why.ShouldBe("BMJ 2025 applies to pain lasting at least 3 months; this pain has lasted 1 month");
    }

    [Fact]
    public void Bmj_PainFromCancer_DoesNotApply()
    {
        var json = ChronicAxial.Replace("\"ruledOut\": [\"cancer\", ", "\"ruledOut\": [", StringComparison.Ordinal).Replace("[\"facet-joint-pain\"]", "[\"facet-joint-pain\", \"cancer\"]", StringComparison.Ordinal);
        var fit = Bmj(TestCases.Evaluate(TestCases.ShippedEngine, "{" + json + "}"), "bmj-2025/axial/2");

        fit.Applies.ShouldBe(Applicability.No);
        fit.Why.ShouldContain("does not apply to chronic spine pain secondary to cancer");
    }

    [Fact]
    public void Bmj_RadicularRecommendationForAxialPain_DoesNotApply()
    {
        Bmj(TestCases.Evaluate(TestCases.ShippedEngine, "{" + ChronicAxial + "}"), "bmj-2025/radicular/2").Applies.ShouldBe(Applicability.No);
    }

    [Fact]
    public void Bmj_DurationUnknown_MayApplyAndAsksForIt()
    {
        var report = TestCases.Evaluate(TestCases.ShippedEngine, "{" + ChronicAxial.Replace("\"painDurationMonths\": 14, ", string.Empty, StringComparison.Ordinal) + "}");

        Bmj(report, "bmj-2025/axial/2").Applies.ShouldBe(Applicability.Unknown);
        report.AskNext.Single(q => q.Key == "painDurationMonths").Applicability.ShouldContain(new Vocabulary.InterventionId("epidural-steroid-injection"));
    }

    [Fact]
    public void Bmj_CancerUnrecorded_MayApply()
    {
        var report = TestCases.Evaluate(TestCases.ShippedEngine, """{ "id": "t", "age": 52, "painDurationMonths": 14, "painType": "axial" }""");

        var fit = Bmj(report, "bmj-2025/axial/2");
        fit.Applies.ShouldBe(Applicability.Unknown);
        fit.Why.ShouldContain("cancer");
        report.AskNext.ShouldContain(q => q.Key == "conditions.cancer");
    }

    [Fact]
    public void Conflicts_OnlyAmongRecommendationsThatMayApply()
    {
        var chronic = TestCases.Evaluate(TestCases.ShippedEngine, "{" + ChronicAxial + "}").Of("epidural-steroid-injection");
        var acute = TestCases.Evaluate(TestCases.ShippedEngine, "{" + ChronicAxial.Replace("14", "1", StringComparison.Ordinal) + "}").Of("epidural-steroid-injection");

        chronic.Conflicts.ShouldContain(c => c.Conflict.First.Guideline.Value == "bmj-2025" || c.Conflict.Second.Guideline.Value == "bmj-2025");
        acute.Conflicts.ShouldNotContain(c => c.Conflict.First.Guideline.Value == "bmj-2025" || c.Conflict.Second.Guideline.Value == "bmj-2025");
        chronic.Conflicts.ShouldAllBe(c => c.Conflict.PainType == Grading.PainType.Axial);
    }

    [Fact]
    public void Report_ListsEveryInterventionAnySourceSpeaksTo()
    {
        var kb = TestCases.ShippedEngine.Knowledge;
        var spoken = kb.Interventions.Where(i => kb.CriteriaOf(i.Id) is not null
            || kb.Recommendations.Any(r => r.Interventions.Any(s => s.Intervention == i.Id && s.Stance != Grading.Stance.NotAddressed)));

        var report = TestCases.Evaluate(TestCases.ShippedEngine, """{ "id": "t" }""");

        report.Interventions.Select(a => a.Intervention.Id).ShouldBe(spoken.Select(i => i.Id));
        report.Interventions.Where(a => kb.CriteriaOf(a.Intervention.Id) is null).ShouldAllBe(a => a.Status == CandidateStatus.NotAddressed);
    }

    [Fact]
    public void FlagsNotAddressed_ShowsTrueFlagsNoCriterionOfTheInterventionTests()
    {
        var report = TestCases.Evaluate(TestCases.ShippedEngine, """
            { "id": "t", "conditions": ["lumbar-spinal-stenosis"], "flags": { "activeInfection": true, "pacemakerOrIcd": false } }
            """);

        var pild = report.Of("pild");
        pild.FlagsNotAddressed.ShouldBe(["activeInfection"]);
        report.Of("epidural-steroid-injection").FlagsNotAddressed.ShouldBeEmpty(); // an ESI trial excludes infection
        report.Of("idds").FlagsNotAddressed.ShouldNotContain("activeInfection"); // the IDDS table lists active infection
    }

    [Fact]
    public void AcuteCasesStatement_PainLastingYears_DoesNotApplyAndSaysWhichDefinitionDecided()
    {
        var fit = Fit(Evaluate("\"age\": 52, \"painDurationMonths\": 30, \"conditions\": [\"facet-joint-pain\"]"), "facet-joint-injection", "aspn-2022/facet/3");

        fit.Applies.ShouldBe(Applicability.No);
        fit.Why.ShouldBe("concerns acute pain; ASPN 2022 gives no duration for it; by VA/DoD 2022's definitions (acute under 4 weeks, chronic over 12 weeks; secondary) pain lasting 30 months is chronic");
    }

    [Theory]
    [InlineData(0.5, Applicability.Yes)]
    [InlineData(2, Applicability.Unknown)]
    [InlineData(30, Applicability.No)]
    public void NiceAcuteSciatica_ByDuration_FollowsTheReferenceDefinitions(double months, Applicability expected)
    {
        var report = Evaluate($"\"age\": 40, \"painDurationMonths\": {months.ToString(System.Globalization.CultureInfo.InvariantCulture)}, \"painType\": \"radicular\", \"conditions\": [\"disc-herniation\"], "
            + "\"ruledOut\": [\"cancer\", \"inflammatory-arthropathy\", \"spinal-infection\", \"vertebral-compression-fracture\"]");

        Fit(report, "epidural-steroid-injection", "nice-ng59/epidural/1").Applies.ShouldBe(expected);
    }

    [Fact]
    public void ChronicStatement_SubacutePain_MayApplyAndSaysItIsNeither()
    {
        var report = Evaluate("\"age\": 60, \"painDurationMonths\": 2, \"conditions\": [\"facet-joint-pain\"]");

        var fit = Fit(report, "medial-branch-block", "nice-ng59/rfa/2");
        fit.Applies.ShouldBe(Applicability.Unknown);
        fit.Why.ShouldContain("pain lasting 2 months is neither acute nor chronic (subacute)");
    }

    [Fact]
    public void NonCancerStatement_CancerPresent_DoesNotApply()
    {
        var report = Evaluate("\"age\": 60, \"painDurationMonths\": 24, \"conditions\": [\"cancer\"]");

        var fit = Fit(report, "idds", "aspn-2022/idds/3");
        fit.Applies.ShouldBe(Applicability.No);
        fit.Why.ShouldContain("its statement excludes cancer");
    }

    [Fact]
    public void NonSurgicalStatement_PostSurgicalPain_DoesNotApply()
    {
        var fit = Fit(Evaluate("\"age\": 60, \"painDurationMonths\": 24, \"conditions\": [\"post-surgical-spine-pain\"]"), "scs", "aspn-2022/scs/2");

        fit.Applies.ShouldBe(Applicability.No);
    }

    [Fact]
    public void OsteoporoticFractureStatement_OsteoporosisRuledOut_DoesNotApply()
    {
        var json = "\"age\": 70, \"painDurationMonths\": 1, \"conditions\": [\"vertebral-compression-fracture\", \"spinal-malignancy\"], \"ruledOut\": [\"osteoporosis\"]";

        Fit(Evaluate(json), "vertebral-augmentation", "nice-ta279/vertebral-augmentation/1").Applies.ShouldBe(Applicability.No);
    }

    [Fact]
    public void CervicalStatement_NeverAppliesToLowBackPain()
    {
        var fit = Fit(Evaluate("\"age\": 50, \"painDurationMonths\": 6, \"painType\": \"radicular\", \"conditions\": [\"disc-herniation\"]"), "epidural-steroid-injection", "aan-2007-esi/esi/3");

        fit.Applies.ShouldBe(Applicability.No);
        fit.Why.ShouldBe("concerns cervical spine pain only, not low back pain");
    }

    [Fact]
    public void CervicalStatement_MakesNoConflictForTheCase()
    {
        var esi = Evaluate("\"age\": 50, \"painDurationMonths\": 6, \"painType\": \"radicular\", \"conditions\": [\"disc-herniation\"]").Of("epidural-steroid-injection");

        esi.Conflicts.SelectMany(c => c.Conflict.First.Positions.Concat(c.Conflict.Second.Positions))
            .ShouldNotContain(p => p.Recommendation.Id.Value == "aan-2007-esi/esi/3");
    }

    [Fact]
    public void Bmj_SeventeenYearOld_DoesNotApply()
    {
        var fit = Bmj(TestCases.Evaluate(TestCases.ShippedEngine, "{" + ChronicAxial.Replace("\"age\": 52", "\"age\": 17", StringComparison.Ordinal) + "}"), "bmj-2025/axial/2");

        fit.Applies.ShouldBe(Applicability.No);
        fit.Why.ShouldBe("BMJ 2025's population is people aged 18 and over; the patient is 17");
    }

    [Fact]
    public void StatementNamingNoCondition_TopicImpliesOne_DoesNotApplyWithoutIt()
    {
        // a 29-year-old with three weeks of pain and no fracture: ASPN's vertebral augmentation statement must not apply
        var report = Evaluate("\"age\": 29, \"painDurationMonths\": 0.7, \"painType\": \"axial\", \"ruledOut\": [\"vertebral-compression-fracture\"]");

        var fit = Fit(report, "vertebral-augmentation", "aspn-2022/vertebral-augmentation/1");
        fit.Applies.ShouldBe(Applicability.No);
        fit.Why.ShouldContain("its topic implies vertebral compression fracture");
        Fit(Evaluate("\"age\": 29"), "vertebral-augmentation", "aspn-2022/vertebral-augmentation/1").Applies.ShouldBe(Applicability.Unknown);
    }

    [Fact]
    public void RegenerativeStatements_AllMapTheSameCondition()
    {
        var report = Evaluate("\"age\": 40, \"ruledOut\": [\"discogenic-pain\"]");

        foreach (var n in new[] { 1, 2, 3, 4 })
        {
            Fit(report, "regenerative-intradiscal", $"aspn-2022/regenerative/{n}").Applies.ShouldBe(Applicability.No);
        }
    }

    [Fact]
    public void StatementWithNoPopulationAndNoImpliedOne_MayApplyAndSaysWhy()
    {
        var fit = Fit(Evaluate("\"age\": 40, \"painDurationMonths\": 12, \"conditions\": [\"lumbar-spinal-stenosis\"]"), "interspinous-fusion", "aspn-2022/isf/1");

        fit.Applies.ShouldBe(Applicability.Unknown);
        fit.Why.ShouldContain("names no population and its topic implies none");
    }

    [Fact]
    public void StatementNamingNoDuration_InheritsItsGuidelinesChronicPopulation()
    {
        // ASIPP 2024 is a guideline on PNS "in the Management of Chronic Pain": three weeks of pain is outside it
        var fit = Fit(Evaluate("\"age\": 29, \"painDurationMonths\": 0.7, \"painType\": \"axial\", \"conditions\": [\"low-back-pain\"]"), "pns", "asipp-2024-pns/pns/1");

        fit.Applies.ShouldBe(Applicability.No);
        fit.Why.ShouldContain("pain lasting 0.7 months is acute");
    }

    [Fact]
    public void AcuteStatementAgainstChronicPopulation_IsNoConflict()
    {
        // ASPN facet/3 is "in acute cases"; BMJ 2025 is about pain of at least 3 months: no patient is in both
        var comparison = Domain.Conflicts.ConflictDetector.Compare(TestCases.ShippedEngine.Knowledge, new Vocabulary.InterventionId("facet-joint-injection"));

        var sides = comparison.Conflicts.Select(c => c.First.Positions.Concat(c.Second.Positions).Select(p => p.Recommendation.Id.Value).ToList()).ToList();
        sides.ShouldContain(ids => ids.Contains("aspn-2022/facet/3")); // NICE NG59 gives no duration: that conflict stays
        sides.ShouldNotContain(ids => ids.Contains("aspn-2022/facet/3") && ids.Any(id => id.StartsWith("bmj-2025/", StringComparison.Ordinal)));
    }

    private static DecisionReport Evaluate(string members) => TestCases.Evaluate(TestCases.ShippedEngine, "{ \"id\": \"t\", " + members + " }");

    private static RecommendationFit Fit(DecisionReport report, string intervention, string recommendation) =>
        report.Of(intervention).Recommendations.First(r => r.Position.Recommendation.Id.Value == recommendation);
}
