using Spinewise.Domain.Codes;
using Spinewise.Testing;

namespace Spinewise.Knowledge.Tests;

public sealed class CodeMapTests
{
    private const string Cpt = "codes/cpt.yaml";
    private const string Icd = "codes/icd-10-cm.yaml";

    private static Domain.KnowledgeBase Kb => ShippedKnowledge.Value;

    [Fact]
    public void Codes_ShippedKnowledge_EveryCodeHasASourceInTheRegister()
    {
        Kb.Codes.Entries.Count.ShouldBeGreaterThan(100);
        Kb.Codes.Entries.ShouldAllBe(e => Kb.FindSource(e.Source.Document) != null);
        Kb.Codes.Entries.ShouldAllBe(e => e.Targets.Count > 0 && CodeSystems.All.Contains(e.System));
    }

    [Fact]
    public void Find_TransforaminalCpt_MapsToTheVariant()
    {
        var entry = Kb.Codes.Find(CodeSystems.Cpt, "64483").ShouldNotBeNull();

        entry.Targets.ShouldHaveSingleItem().ShouldBe(new CodeTarget(CodeTargetKind.Intervention, "epidural-steroid-injection", "transforaminal"));
        entry.Source.Document.Value.ShouldBe("codes-code-sites");
    }

    [Fact]
    public void Find_StenosisWithClaudication_MapsToBothConditions()
    {
        var entry = Kb.Codes.Find(CodeSystems.Icd10Cm, "M48.062").ShouldNotBeNull();

        entry.Targets.Select(t => t.Id).ShouldBe(["lumbar-spinal-stenosis", "neurogenic-claudication"]);
    }

    [Fact]
    public void Find_UnknownCodeOrOtherSystem_IsNull()
    {
        Kb.Codes.Find(CodeSystems.Cpt, "99999").ShouldBeNull();
        Kb.Codes.Find(CodeSystems.Snomed, "64483").ShouldBeNull();
    }

    [Fact]
    public void CodeForIntervention_MedialBranchBlock_IsCpt64493()
    {
        Kb.Codes.CodeForIntervention("medial-branch-block", null, CodeSystems.Cpt).ShouldNotBeNull().Code.ShouldBe("64493");
        Kb.Codes.CodeForIntervention("epidural-steroid-injection", "transforaminal", CodeSystems.Cpt).ShouldNotBeNull().Code.ShouldBe("64483");
        Kb.Codes.CodeForIntervention("epidural-steroid-injection", "interlaminar", CodeSystems.Cpt).ShouldNotBeNull().Code.ShouldBe("62322");
        Kb.Codes.CodeForIntervention("conservative-care", null, CodeSystems.Cpt).ShouldBeNull();
    }

    [Fact]
    public void For_DeletedCode_AcceptedOnInputNeverEmitted()
    {
        var deleted = Kb.Codes.Find(CodeSystems.Icd10Cm, "M54.5").ShouldNotBeNull();

        deleted.Status.ShouldBe(CodeStatus.Deleted);
        Kb.Codes.For(CodeTargetKind.Condition, "low-back-pain").ShouldNotContain(deleted);
        Kb.Codes.For(CodeTargetKind.Condition, "low-back-pain", emittableOnly: false).ShouldContain(deleted);
    }

    [Fact]
    public void For_Finding_CarriesItsUcumUnit()
    {
        var bmi = Kb.Codes.For(CodeTargetKind.Finding, "bmi").ShouldHaveSingleItem();

        bmi.Code.ShouldBe("39156-5");
        bmi.Targets.ShouldHaveSingleItem().Unit.ShouldBe("kg/m2");
    }

    [Fact]
    public void Load_UnknownConditionInCodeMap_ReportsFileLineAndField()
    {
        using var kb = new TempKnowledge().Replace(Icd, "conditions: [disc-herniation]", "conditions: [disc-hernia]");
        var line = kb.LineOf(Icd, "conditions: [disc-hernia]");

        var result = KnowledgeLoader.Load(kb.Directory);

        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCodes.UnknownReference);
        error.Location.File.ShouldBe(Icd);
        error.Location.Line.ShouldBe(line);
        (error.Location.Column ?? 0).ShouldBeGreaterThan(1);
        error.Message.ShouldContain("did you mean 'disc-herniation'");
    }

    [Fact]
    public void Load_DuplicateCode_IsReported()
    {
        using var kb = new TempKnowledge().Replace(Cpt, "code: \"62323\"", "code: \"62322\"");

        var result = KnowledgeLoader.Load(kb.Directory);

        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCodes.DuplicateId);
        error.Location.File.ShouldBe(Cpt);
        error.Message.ShouldContain("'62322'");
    }

    [Fact]
    public void Load_UnknownFlagFindingSystemAndMissingSource_AreEachReported()
    {
        using var kb = new TempKnowledge()
            .Replace(Icd, "flag: \"coagulopathy\"", "flag: \"bleeding\"")
            .Replace("codes/loinc.yaml", "finding: \"bmi\"", "finding: \"bodyMass\"")
            .Replace("codes/snomed-ct.yaml", "system: http://snomed.info/sct", "system: http://snomed.example")
            .Replace(Cpt, "    source: { document: codes-ca-official, verification: verified }\n    note: \"interlaminar", "    note: \"interlaminar");

        var result = KnowledgeLoader.Load(kb.Directory);

        result.Diagnostics.Select(d => d.Code).Distinct().ShouldBe(
            [DiagnosticCodes.UnknownReference, DiagnosticCodes.InvalidValue, DiagnosticCodes.MissingSource], ignoreOrder: true);
        result.Diagnostics.ShouldContain(d => d.Message.StartsWith("unknown flag key 'bleeding'", StringComparison.Ordinal));
        result.Diagnostics.ShouldContain(d => d.Message.StartsWith("unknown findings key 'bodyMass'", StringComparison.Ordinal));
        result.Diagnostics.ShouldContain(d => d.Location.File == Cpt && d.Code == DiagnosticCodes.MissingSource);
    }

    [Fact]
    public void Version_ChangesWhenACodeFileChanges()
    {
        using var kb = new TempKnowledge().Replace(Cpt, "Injection(s) ... interlaminar", "Injection(s) .. interlaminar");

        KnowledgeLoader.Load(kb.Directory).Version.ShouldNotBe(Kb.Version);
    }
}
