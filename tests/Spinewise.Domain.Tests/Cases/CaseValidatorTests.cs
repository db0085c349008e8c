using Spinewise.Domain.Cases;
using Spinewise.Domain.Diagnostics;
using Spinewise.Testing;

namespace Spinewise.Domain.Tests.Cases;

public sealed class CaseValidatorTests
{
    private static Result<PatientCase> Validate(CaseDraft draft) => CaseValidator.Validate(draft, ShippedKnowledge.Value);

    private static Diagnostic Single(CaseDraft draft)
    {
        var result = Validate(draft);
        result.IsSuccess.ShouldBeFalse();
        return result.Diagnostics.ShouldHaveSingleItem();
    }

    [Fact]
    public void Validate_ValidDraft_BuildsTheCaseOfThisKnowledge()
    {
        var patient = Validate(Some.Draft("valid")).Value;

        patient.Id.ShouldBe("valid");
        patient.KnowledgeVersion.ShouldBe(ShippedKnowledge.Value.Version);
        (patient.AsOf, patient.Age, patient.Sex, patient.PainDurationMonths, patient.PainType)
            .ShouldBe((Some.AsOf, 68, Sex.Female, 14.0, PainPresentation.AxialAndRadicular));
        patient.Conditions.Select(c => c.Value).ShouldBe(["lumbar-spinal-stenosis", "neurogenic-claudication"]);
        patient.Findings["odi"].ShouldBe(42);
        patient.History.ShouldHaveSingleItem().Outcome.ShouldBe(HistoryOutcome.Failed);
        patient.Flags["activeInfection"].ShouldBeFalse();
    }

    [Fact]
    public void Validate_NoId_IsMissingFieldAtTheCase()
    {
        var d = Single(Some.Draft() with { Id = null });

        (d.Code, d.Location.File, d.Location.Path).ShouldBe((CaseDiagnosticCodes.MissingField, "draft", "$.id"));
        d.ToString().ShouldBe("draft $.id: required key 'id' is missing [SW2002]");
    }

    [Fact]
    public void Validate_IdOfWrongForm_IsWrongType() =>
        Single(Some.Draft("has space")).Code.ShouldBe(CaseDiagnosticCodes.WrongType);

    [Theory]
    [InlineData(121.0, "$.age", "121 is out of range: expected 0 to 120 years")]
    [InlineData(double.NaN, "$.age", "the number is out of range: expected 0 to 120 years")]
    public void Validate_AgeOutOfRange_IsOutOfRange(double age, string path, string message)
    {
        var d = Single(Some.Draft() with { Age = age });

        (d.Code, d.Location.Path, d.Message).ShouldBe((CaseDiagnosticCodes.OutOfRange, path, message));
    }

    [Fact]
    public void Validate_FractionalAge_IsWrongType() =>
        Single(Some.Draft() with { Age = 67.5 }).Message.ShouldBe("expected a whole number (0 to 120 years) but found 67.5");

    [Fact]
    public void Validate_HistoryMonthsAndReliefOutOfRange_ReportsBothAgainstTheNamedRanges()
    {
        var draft = Some.Draft() with { History = [Some.History("conservative-care") with { Months = CaseFacts.HistoryMonthsRange.Maximum + 1, ReliefPercent = 101 }] };

        var result = Validate(draft);

        result.Diagnostics.Select(d => (d.Code, d.Location.Path)).ShouldBe([
            (CaseDiagnosticCodes.OutOfRange, "$.history[0].months"),
            (CaseDiagnosticCodes.OutOfRange, "$.history[0].reliefPercent"),
        ]);
    }

    [Fact]
    public void Validate_UnknownCondition_SuggestsTheNearest()
    {
        var d = Single(Some.Draft() with { Conditions = ["lumbar-stenosis"] });

        (d.Code, d.Location.Path).ShouldBe((CaseDiagnosticCodes.UnknownId, "$.conditions[0]"));
        d.Message.ShouldStartWith("unknown condition 'lumbar-stenosis'; did you mean 'lumbar-spinal-stenosis'");
    }

    [Fact]
    public void Validate_UnknownVariant_IsUnknownIdOfThatIntervention() =>
        Single(Some.Draft() with { History = [Some.History("epidural-steroid-injection") with { Variant = "interlaminal" }] })
            .Message.ShouldBe("unknown variant of epidural-steroid-injection 'interlaminal'; did you mean 'interlaminar'?");

    [Fact]
    public void Validate_UnknownFindingAndFlagKeys_AreUnknownKeys()
    {
        var draft = Some.Draft() with
        {
            Findings = new Dictionary<string, Located<double>> { ["odl"] = 40 },
            Flags = new Dictionary<string, Located<bool>> { ["pregnant"] = true },
        };

        Validate(draft).Diagnostics.Select(d => (d.Code, d.Message)).ShouldBe([
            (CaseDiagnosticCodes.UnknownKey, "unknown key 'odl'; did you mean 'odi'?"),
            (CaseDiagnosticCodes.UnknownKey, "unknown key 'pregnant'; did you mean 'pregnancy'?"),
        ]);
    }

    [Fact]
    public void Validate_DuplicateCondition_IsDuplicate() =>
        Single(Some.Draft() with { Conditions = ["lumbar-spinal-stenosis", "lumbar-spinal-stenosis"] })
            .Location.Path.ShouldBe("$.conditions[1]");

    [Theory]
    [InlineData("present-and-ruled-out")]
    [InlineData("broader-ruled-out")]
    [InlineData("pregnant-male")]
    [InlineData("done-and-not-done")]
    [InlineData("history-after-as-of")]
    public void Validate_Contradiction_IsContradiction(string kind)
    {
        var draft = kind switch
        {
            "present-and-ruled-out" => Some.Draft() with { RuledOut = ["lumbar-spinal-stenosis"] },
            "broader-ruled-out" => Some.Draft() with { Conditions = ["facet-joint-pain"], RuledOut = ["low-back-pain"] },
            "pregnant-male" => Some.Draft() with { Sex = Sex.Male, Flags = new Dictionary<string, Located<bool>> { ["pregnancy"] = true } },
            "done-and-not-done" => Some.Draft() with { NotDone = ["conservative-care"] },
            _ => Some.Draft() with { History = [Some.History("conservative-care") with { Date = Some.AsOf.AddDays(1) }] },
        };

        Single(draft).Code.ShouldBe(CaseDiagnosticCodes.Contradiction);
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsEveryOneAtItsGivenLocation()
    {
        // Given a draft mapped from another format, whose fields carry their own locations
        var at = new DiagnosticLocation("bundle", "Condition/123.code");
        var draft = Some.Draft() with
        {
            Age = -1,
            Conditions = [new Located<string>("no-such-condition", at)],
            NotDone = ["no-such-intervention"],
        };

        var result = Validate(draft);

        result.Diagnostics.Select(d => d.Location.ToString()).ShouldBe(["draft $.age", "bundle Condition/123.code", "draft $.notDone[0]"]);
        result.Diagnostics[1].ToString().ShouldStartWith("bundle Condition/123.code: unknown condition 'no-such-condition'");
    }

    [Fact]
    public void Validate_HistoryWithoutIntervention_IsMissingField() =>
        Single(Some.Draft() with { History = [new HistoryDraft { Months = 3 }] }).Location.Path.ShouldBe("$.history[0].intervention");
}
