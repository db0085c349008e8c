using System.Text;
using Spinewise.Domain.Cases;
using Spinewise.Domain.Diagnostics;
using Spinewise.Testing;

namespace Spinewise.Domain.Tests.Cases;

public sealed class CaseJsonReaderTests
{
    private static Result<PatientCase> Read(string json) => CaseJsonReader.Read(Encoding.UTF8.GetBytes(json), "case.json", ShippedKnowledge.Value);

    private static Diagnostic Single(string json)
    {
        var result = Read(json);
        result.IsSuccess.ShouldBeFalse();
        return result.Diagnostics.ShouldHaveSingleItem();
    }

    [Fact]
    public void Read_IssueExample_GivesEveryField()
    {
        var result = Read("""
            {
              "id": "example-stenosis", "age": 68, "sex": "female", "painDurationMonths": 14, "painType": "axial-and-radicular",
              "conditions": ["lumbar-spinal-stenosis", "neurogenic-claudication", "ligamentum-flavum-hypertrophy"],
              "ruledOut": ["cancer", "inflammatory-arthropathy", "spinal-infection"],
              "findings": { "nprs": 7, "odi": 42, "ligamentumFlavumMm": 3.4 },
              "history": [
                { "intervention": "conservative-care", "months": 6, "outcome": "failed" },
                { "intervention": "medial-branch-block", "date": "2026-09-01", "reliefPercent": 85 }
              ],
              "flags": { "activeInfection": false, "coagulopathy": false, "pregnancy": false }
            }
            """);

        result.Diagnostics.ShouldBeEmpty();
        var c = result.Value;
        c.Id.ShouldBe("example-stenosis");
        c.Age.ShouldBe(68);
        c.Sex.ShouldBe(Sex.Female);
        c.PainType.ShouldBe(PainPresentation.AxialAndRadicular);
        c.Conditions.Select(x => x.Value).ShouldBe(["lumbar-spinal-stenosis", "neurogenic-claudication", "ligamentum-flavum-hypertrophy"]);
        c.RuledOut.Count.ShouldBe(3);
        c.Findings["ligamentumFlavumMm"].ShouldBe(3.4);
        c.History[0].ShouldBe(new HistoryEntry(new("conservative-care"), Months: 6, Outcome: HistoryOutcome.Failed));
        c.History[1].Date.ShouldBe(new DateOnly(2026, 9, 1));
        c.History[1].ReliefPercent.ShouldBe(85);
        c.Flags["pregnancy"].ShouldBeFalse();
        c.Flags.ContainsKey("immunocompromised").ShouldBeFalse();
    }

    [Fact]
    public void Read_OnlyId_IsValidAndEverythingElseUnknown()
    {
        var c = Read("""{ "id": "x" }""").Value;

        (c.AsOf, c.Age, c.Sex, c.PainDurationMonths, c.PainType).ShouldBe((null, null, null, null, null));
        c.Conditions.ShouldBeEmpty();
        c.RuledOut.ShouldBeEmpty();
        c.Findings.ShouldBeEmpty();
        c.History.ShouldBeEmpty();
        c.NotDone.ShouldBeEmpty();
        c.Flags.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("", "SW2001", 1)]
    [InlineData("{ \"id\": \"x\", ", "SW2001", 1)]
    [InlineData("[1, 2]", "SW2003", 1)]
    [InlineData("{ \"id\": \"x\" } {}", "SW2001", 1)]
    public void Read_MalformedOrNotAnObject_IsOneError(string json, string code, int line)
    {
        var d = Single(json);

        d.Code.ShouldBe(code);
        d.Location.Line.ShouldBe(line);
    }

    [Fact]
    public void Read_UnknownKey_NamesPathLineAndNearestKey()
    {
        var d = Single("{\n  \"id\": \"x\",\n  \"paintype\": \"axial\"\n}");

        d.Code.ShouldBe(CaseDiagnosticCodes.UnknownKey);
        d.Location.Path.ShouldBe("$.paintype");
        (d.Location.Line, d.Location.Column).ShouldBe((3, 3));
        d.Message.ShouldContain("did you mean 'painType'?");
        d.ToString().ShouldBe("case.json:3:3 $.paintype: unknown key 'paintype'; did you mean 'painType'? [SW2004]");
    }

    [Fact]
    public void Read_OutOfRangeFinding_NamesRangeAndUnit()
    {
        var d = Single("{ \"id\": \"x\",\n \"findings\": { \"nprs\": 14 } }");

        d.Code.ShouldBe(CaseDiagnosticCodes.OutOfRange);
        d.Location.Path.ShouldBe("$.findings.nprs");
        d.Location.Line.ShouldBe(2);
        d.Message.ShouldBe("14 is out of range: expected 0 to 10 points");
    }

    [Fact]
    public void Read_UnknownCondition_SuggestsNearestIds()
    {
        var d = Single("""{ "id": "x", "conditions": ["lumbar-stenosis"] }""");

        d.Code.ShouldBe(CaseDiagnosticCodes.UnknownId);
        d.Location.Path.ShouldBe("$.conditions[0]");
        d.Message.ShouldContain("'lumbar-spinal-stenosis'");
    }

    [Fact]
    public void Read_ManyProblems_ReportsEveryOneInFileOrder()
    {
        var result = Read("""
            {
              "age": "sixty",
              "sex": "f",
              "painType": "both",
              "findings": { "odi": -1, "bmi": true, "spondylolisthesisGrade": 1.5 },
              "flags": { "pregnancy": "no", "smoker": true },
              "history": [ { "months": 3 }, { "intervention": "lumbar-rfa", "variant": "thermal", "outcome": "worse", "date": "2026-13-01" } ],
              "notDone": ["lumbar-rfa"]
            }
            """);

        result.IsSuccess.ShouldBeFalse();
        result.Diagnostics.Select(d => d.Location.Path).ShouldBe([
            "$.id", "$.age", "$.sex", "$.painType", "$.findings.odi", "$.findings.bmi", "$.findings.spondylolisthesisGrade",
            "$.flags.pregnancy", "$.flags.smoker", "$.history[0].intervention", "$.history[1].variant", "$.history[1].outcome",
            "$.history[1].date", "$.notDone[0]",
        ]);
        result.Diagnostics.Select(d => d.Location.Line).ShouldBeInOrder();
    }

    [Fact]
    public void Read_ConditionPresentAndRuledOut_IsAContradiction()
    {
        var d = Single("""{ "id": "x", "conditions": ["cancer"], "ruledOut": ["cancer"] }""");

        d.Code.ShouldBe(CaseDiagnosticCodes.Contradiction);
        d.Location.Path.ShouldBe("$.ruledOut[0]");
    }

    [Fact]
    public void Read_NarrowerConditionPresentButBroaderRuledOut_IsAContradiction()
    {
        var d = Single("""{ "id": "x", "conditions": ["facet-joint-pain"], "ruledOut": ["low-back-pain"] }""");

        d.Code.ShouldBe(CaseDiagnosticCodes.Contradiction);
        d.Message.ShouldContain("facet-joint-pain");
    }

    [Fact]
    public void Read_HistoryDateAfterCaseDate_IsAContradiction()
    {
        var d = Single("""{ "id": "x", "asOf": "2026-01-01", "history": [ { "intervention": "medial-branch-block", "date": "2026-02-01" } ] }""");

        d.Code.ShouldBe(CaseDiagnosticCodes.Contradiction);
        d.Location.Path.ShouldBe("$.history[0].date");
    }

    [Theory]
    [InlineData("""{ "id": "x", "id": "y" }""", CaseDiagnosticCodes.Duplicate)]
    [InlineData("""{ "id": "x", "conditions": ["cancer", "cancer"] }""", CaseDiagnosticCodes.Duplicate)]
    [InlineData("""{ "id": "has space" }""", CaseDiagnosticCodes.WrongType)]
    [InlineData("""{ "id": "x", "age": 30.5 }""", CaseDiagnosticCodes.WrongType)]
    [InlineData("""{ "id": "x", "age": 121 }""", CaseDiagnosticCodes.OutOfRange)]
    [InlineData("""{ "id": "x", "painDurationMonths": 1e400 }""", CaseDiagnosticCodes.OutOfRange)]
    [InlineData("""{ "id": "x", "findings": [] }""", CaseDiagnosticCodes.WrongType)]
    [InlineData("""{ "id": "x", "history": [ { "intervention": "pild" } ], "notDone": ["pild"] }""", CaseDiagnosticCodes.Contradiction)]
    public void Read_BadValue_GivesItsCode(string json, string code) => Single(json).Code.ShouldBe(code);

    [Fact]
    public void Read_IdOfWrongType_IsOneWrongTypeNotAlsoMissing() =>
        Single("""{ "id": 42 }""").Code.ShouldBe(CaseDiagnosticCodes.WrongType);

    [Fact]
    public void Read_InterventionOfWrongType_IsOneWrongTypeNotAlsoMissing() =>
        Single("""{ "id": "x", "history": [ { "intervention": 1 } ] }""").Location.Path.ShouldBe("$.history[0].intervention");

    [Fact]
    public void ReadDraft_KeepsEachFieldsLineAndColumn_AndLeavesMeaningToTheValidator()
    {
        var json = "{ \"id\": \"x\",\n  \"age\": 500,\n  \"conditions\": [\"no-such\"] }";

        var draft = CaseJsonReader.ReadDraft(Encoding.UTF8.GetBytes(json), "case.json").Value;

        draft.Age.ShouldNotBeNull().Location.ShouldBe(new DiagnosticLocation("case.json", 2, 10, "$.age"));
        draft.Conditions.ShouldHaveSingleItem().Location!.ToString().ShouldBe("case.json:3:18 $.conditions[0]");
        CaseValidator.Validate(draft, ShippedKnowledge.Value).Diagnostics.Select(d => d.Location.ToString())
            .ShouldBe(["case.json:2:10 $.age", "case.json:3:18 $.conditions[0]"]);
    }

    [Theory]
    [InlineData("""{ "id": "x", "ruledOut": [-0] }""", "$.ruledOut[0]")]
    [InlineData("""{ "id": "x", "painType": false }""", "$.painType")]
    [InlineData("""{ "id": "x", "flags": { "pregnancy": "yes" } }""", "$.flags.pregnancy")]
    public void Read_ValueOfWrongType_IsOneWrongType(string json, string path)
    {
        var d = Single(json);

        (d.Code, d.Location.Path).ShouldBe((CaseDiagnosticCodes.WrongType, path));
    }
}
