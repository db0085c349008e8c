using Spinewise.Domain.Cases;
using Spinewise.Domain.Codes;

namespace Spinewise.Fhir.Tests;

public sealed class MapTests
{
    private const string Snomed = CodeSystems.Snomed;
    private const string Icd = CodeSystems.Icd10Cm;

    [Fact]
    public void Map_Patient_GivesAgeAtTheEvaluationDateAndSex()
    {
        var draft = Charts.Map(Charts.Patient).Draft;

        draft.Id!.Value.Value.ShouldBe("pat-1");
        draft.Age!.Value.Value.ShouldBe(68);
        draft.Age.Value.Location!.Path.ShouldBe("Bundle.entry[0].resource.birthDate");
        draft.Sex!.Value.Value.ShouldBe(Sex.Female);
        draft.AsOf!.Value.Value.ShouldBe(Charts.AsOf);
    }

    [Fact]
    public void Map_PartialBirthDate_LeavesAgeUnknown() =>
        Charts.Map(Charts.Patient.Replace("1958-06-15", "1958", StringComparison.Ordinal)).Draft.Age.ShouldBeNull();

    [Theory]
    [InlineData("active")]
    [InlineData("recurrence")]
    [InlineData("relapse")]
    public void Map_CurrentCondition_IsACondition(string clinical)
    {
        var mapping = Charts.Map(Charts.Patient, Charts.Condition("c1", Icd, "M51.16", clinical));

        var condition = mapping.Draft.Conditions.ShouldHaveSingleItem();
        condition.Value.ShouldBe("disc-herniation");
        condition.Location!.Path.ShouldBe("Bundle.entry[1].resource.code.coding[0]");
        mapping.HasLowBackPain.ShouldBeTrue();
    }

    [Theory]
    [InlineData("resolved")]
    [InlineData("inactive")]
    [InlineData("remission")]
    public void Map_PastCondition_IsNeitherPresentNorRuledOut(string clinical)
    {
        var draft = Charts.Map(Charts.Condition("c1", Icd, "M51.16", clinical)).Draft;

        draft.Conditions.ShouldBeEmpty();
        draft.RuledOut.ShouldBeEmpty();
    }

    [Fact]
    public void Map_RefutedCondition_IsRuledOut()
    {
        var draft = Charts.Map(Charts.Condition("c1", Snomed, "363346000", clinical: "", verification: "refuted")).Draft;

        draft.RuledOut.ShouldHaveSingleItem().Value.ShouldBe("cancer");
        draft.Conditions.ShouldBeEmpty();
    }

    [Fact]
    public void Map_EnteredInError_IsIgnored() =>
        Charts.Map(Charts.Condition("c1", Icd, "M51.16", clinical: "", verification: "entered-in-error")).Draft.Conditions.ShouldBeEmpty();

    [Fact]
    public void Map_CodeMappingToTwoConditions_GivesBoth() =>
        Charts.Map(Charts.Condition("c1", Icd, "M48.062")).Draft.Conditions.Select(c => c.Value).ShouldBe(["lumbar-spinal-stenosis", "neurogenic-claudication"]);

    [Fact]
    public void Map_DeletedIcdCode_IsAcceptedOnInput() =>
        Charts.Map(Charts.Condition("c1", Icd, "M54.5")).Draft.Conditions.ShouldHaveSingleItem().Value.ShouldBe("low-back-pain");

    [Fact]
    public void Map_FlagCodes_SetFlagsTrueWhenCurrentAndFalseWhenRefuted()
    {
        var draft = Charts.Map(
            Charts.Condition("c1", Icd, "D68.9"),
            Charts.Condition("c2", Snomed, "77386006", clinical: "", verification: "refuted"),
            Charts.Condition("c3", Icd, "M46.46")).Draft;

        draft.Flags["coagulopathy"].Value.ShouldBeTrue();
        draft.Flags["pregnancy"].Value.ShouldBeFalse();
        draft.Flags["activeInfection"].Value.ShouldBeTrue();
        draft.Conditions.ShouldHaveSingleItem().Value.ShouldBe("spinal-infection");
    }

    [Fact]
    public void Map_RefutedInfection_RulesOutTheConditionButSaysNothingOfOtherInfections()
    {
        var draft = Charts.Map(Charts.Condition("c1", Snomed, "2304001", clinical: "", verification: "refuted")).Draft;

        draft.RuledOut.ShouldHaveSingleItem().Value.ShouldBe("spinal-infection");
        draft.Flags.ShouldNotContainKey("activeInfection");
    }

    [Fact]
    public void Map_PainOnset_GivesPainDurationFromTheEarliestPainCondition()
    {
        var draft = Charts.Map(
            Charts.Condition("c1", Snomed, "279039007", onset: "2026-02-01"),
            Charts.Condition("c2", Icd, "M48.061", onset: "2025-10-01"),
            Charts.Condition("c3", Snomed, "363346000", onset: "2020-01-01")).Draft;

        draft.PainDurationMonths!.Value.Value.ShouldBe(14.0);
        draft.PainDurationMonths.Value.Location!.Path.ShouldBe("Bundle.entry[1].resource.onset");
    }

    [Fact]
    public void Map_OnlyNonPainConditions_SaysNothingAboutLowBackPain()
    {
        var mapping = Charts.Map(Charts.Patient, Charts.Condition("c1", Snomed, "363346000", onset: "2020-01-01"),
            Charts.Condition("c2", "http://snomed.info/sct", "38341003"));

        mapping.HasLowBackPain.ShouldBeFalse();
        mapping.Draft.PainDurationMonths.ShouldBeNull();
        mapping.Unmapped.ShouldHaveSingleItem().ShouldBe(new UnmappedCode("Condition/c2", "Bundle.entry[2].resource.code.coding[0]", Snomed, "38341003", null));
    }

    [Fact]
    public void Map_ObservationsByLoinc_TakeTheLatestValueByEffectiveTime()
    {
        var draft = Charts.Map(
            Charts.Observation("o1", "72514-3", "5", "{score}", "2026-11-20"),
            Charts.Observation("o2", "72514-3", "7", "{score}", "2026-11-28T10:00:00Z"),
            Charts.Observation("o3", "72514-3", "3", "{score}", "2026-10-01"),
            Charts.Observation("o4", "39156-5", "27.5", "kg/m2", "2026-11-01")).Draft;

        draft.Findings["nprs"].Value.ShouldBe(7);
        draft.Findings["nprs"].Location!.Path.ShouldBe("Bundle.entry[1].resource.value");
        draft.Findings["bmi"].Value.ShouldBe(27.5);
    }

    [Fact]
    public void Map_ObservationAfterTheEvaluationDateOrNotFinal_IsNotRead()
    {
        var draft = Charts.Map(
            Charts.Observation("o1", "72514-3", "5", "{score}", "2026-12-02"),
            Charts.Observation("o2", "72514-3", "6", "{score}", "2026-11-02", status: "preliminary")).Draft;

        draft.Findings.ShouldBeEmpty();
    }

    [Fact]
    public void Map_ObservationInTheWrongUnit_IsAProblemAtItsValue()
    {
        var mapping = Charts.Map(Charts.Observation("o1", "38214-3", "65", "mm", "2026-11-20"));

        mapping.Draft.Findings.ShouldBeEmpty();
        var problem = mapping.Problems.ShouldHaveSingleItem();
        problem.Code.ShouldBe(FhirDiagnosticCodes.WrongUnit);
        problem.Location.Path.ShouldBe("Bundle.entry[0].resource.value");
        problem.Message.ShouldBe("Observation/o1: findings.vasCm is recorded in UCUM 'cm' but its unit is 'mm'");
    }

    [Fact]
    public void Map_CompletedProcedure_IsHistoryWithDateAndOutcome()
    {
        var mapping = Charts.Map(Charts.Procedure("p1", "64483", performed: "2026-03-10", outcome: "partial"));

        var entry = mapping.Draft.History.ShouldHaveSingleItem();
        entry.Intervention!.Value.Value.ShouldBe("epidural-steroid-injection");
        entry.Variant!.Value.Value.ShouldBe("transforaminal");
        entry.Date!.Value.Value.ShouldBe(new DateOnly(2026, 3, 10));
        entry.Date.Value.Location!.Path.ShouldBe("Bundle.entry[0].resource.performed");
        entry.Outcome!.Value.Value.ShouldBe(HistoryOutcome.Partial);
        mapping.HasLowBackPain.ShouldBeTrue();
    }

    [Fact]
    public void Map_NotDoneProcedure_IsNotDone() =>
        Charts.Map(Charts.Procedure("p1", "0275T", status: "not-done")).Draft.NotDone.ShouldHaveSingleItem().Value.ShouldBe("pild");

    [Fact]
    public void Map_CodeOfTwoInterventions_IsListedAsUnmappedNotGuessed()
    {
        var mapping = Charts.Map(Charts.Procedure("p1", "64493", performed: "2026-09-01"));

        mapping.Draft.History.ShouldBeEmpty();
        mapping.Unmapped.ShouldHaveSingleItem().Code.ShouldBe("64493");
    }

    [Fact]
    public void Map_DraftAndActiveOrders_AreOrdersWithTheirIntervention()
    {
        var mapping = Charts.Map(Charts.Order("sr1", "64635"), Charts.Order("sr2", "62323", status: "active", intent: "proposal"),
            Charts.Order("sr3", "64483", status: "completed"), Charts.Order("sr4", "99213"));

        mapping.Orders.Select(o => (o.Reference, o.InterventionId, o.Status, o.Intent)).ShouldBe(
        [
            ("ServiceRequest/sr1", "lumbar-rfa", "draft", "order"),
            ("ServiceRequest/sr2", "epidural-steroid-injection", "active", "proposal"),
            ("ServiceRequest/sr4", null, "draft", "order"),
        ]);
        mapping.Unmapped.ShouldHaveSingleItem().Code.ShouldBe("99213");
    }

    [Fact]
    public void Map_SecondPatient_IsAProblem()
    {
        var mapping = Charts.Map(Charts.Patient, Charts.Patient.Replace("pat-1", "pat-2", StringComparison.Ordinal));

        mapping.Problems.ShouldHaveSingleItem().Code.ShouldBe(FhirDiagnosticCodes.SeveralPatients);
    }

    [Fact]
    public void Validate_MappedCaseProblem_IsReportedAtTheFhirElement()
    {
        var mapping = Charts.Map(Charts.Patient, Charts.Procedure("p1", "64483", performed: "2027-01-10"));

        var result = CaseValidator.Validate(mapping.Draft, Charts.Kb);

        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Location.File.ShouldBe("chart.json");
        error.Location.Path.ShouldBe("Bundle.entry[1].resource.performed");
    }
}
