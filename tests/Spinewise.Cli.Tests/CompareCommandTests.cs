using System.Text.Json;

namespace Spinewise.Cli.Tests;

public sealed class CompareCommandTests
{
    private static readonly string[] StanceFields =
        ["guideline", "recommendation", "statement", "stance", "strength", "gradeAsPublished", "certainty", "certaintyAsPublished", "population", "painType", "verification", "source"];

    [Fact]
    public void Json_EpiduralInjections_HaveStancesConflictsWithReasonsAndTheContractFields()
    {
        var run = CliRun.Of("compare", "--intervention", "epidural-steroid-injection", "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        var json = run.Json();
        json.GetProperty("knowledgeVersion").GetString()!.Length.ShouldBe(64);
        json.GetProperty("intervention").GetString().ShouldBe("epidural-steroid-injection");
        var stances = json.GetProperty("stances").EnumerateArray().ToList();
        stances.ShouldContain(s => s.GetProperty("recommendation").GetString() == "aspn-2022/esi/1" && s.GetProperty("gradeAsPublished").GetString() == "A");
        stances.ShouldContain(s => s.GetProperty("recommendation").GetString() == "bmj-2025/radicular/2" && s.GetProperty("strength").GetString() == "strong");
        foreach (var stance in stances)
        {
            foreach (var field in StanceFields)
            {
                stance.TryGetProperty(field, out _).ShouldBeTrue(field);
            }
        }

        var conflict = json.GetProperty("conflicts").EnumerateArray().First(c =>
            c.GetProperty("recommendations").EnumerateArray().Select(s => s.GetProperty("guideline").GetString()).Order().SequenceEqual(["aspn-2022", "bmj-2025"]));
        conflict.GetProperty("kind").GetString().ShouldBe("direction");
        var reasons = conflict.GetProperty("reasons").EnumerateArray().ToList();
        reasons.ShouldContain(r => r.GetProperty("code").GetString() == "population-pooling");
        var sources = json.GetProperty("sources");
        reasons.ShouldAllBe(r => sources.GetProperty(r.GetProperty("source").GetString()!).GetProperty("citation").GetString()!.Length > 0 && r.GetProperty("explanation").GetString()!.Length > 0);
        stances.ShouldAllBe(s => sources.GetProperty(s.GetProperty("source").GetString()!).ValueKind == JsonValueKind.Object);
    }

    [Fact]
    public void SiJointRfa_ConflictOnAnUnverifiedMapping_SaysUnverifiedInJsonAndView()
    {
        var json = CliRun.Of("compare", "--intervention", "sij-rfa", "--pain", "axial", "--json").Json();
        var conflict = json.GetProperty("conflicts").EnumerateArray().Single(c =>
            c.GetProperty("recommendations").EnumerateArray().Select(s => s.GetProperty("guideline").GetString()).Order().SequenceEqual(["aspn-2022", "bmj-2025"]));
        var view = CliRun.Of("compare", "--intervention", "sij-rfa", "--pain", "axial");

        conflict.GetProperty("verification").GetString().ShouldBe("unverified");
        view.Out.ShouldContain("unverified (rests on");
    }

    [Fact]
    public void Json_EpiduralConflictOnVerifiedPositions_SaysVerified()
    {
        var conflict = CliRun.Of("compare", "--intervention", "epidural-steroid-injection", "--pain", "axial", "--json").Json()
            .GetProperty("conflicts").EnumerateArray().First(c =>
                c.GetProperty("recommendations").EnumerateArray().Select(s => s.GetProperty("guideline").GetString()).Order().SequenceEqual(["aspn-2022", "bmj-2025"]));

        conflict.GetProperty("verification").GetString().ShouldBe("verified");
    }

    [Fact]
    public void Json_Pild_IsNotAddressedByBmj()
    {
        var json = CliRun.Of("compare", "--intervention", "pild", "--json").Json();

        json.GetProperty("notAddressed").EnumerateArray().ShouldContain(n => n.GetProperty("guideline").GetString() == "bmj-2025" && n.GetProperty("stance").GetString() == "not-addressed");
        json.GetProperty("stances").EnumerateArray().ShouldNotContain(s => s.GetProperty("guideline").GetString() == "bmj-2025");
    }

    [Fact]
    public void PainFilter_RadicularLumbarRfa_HasNoBmjConflict()
    {
        var json = CliRun.Of("compare", "--intervention", "lumbar-rfa", "--pain", "radicular", "--json").Json();

        json.GetProperty("painType").GetString().ShouldBe("radicular");
        json.GetProperty("stances").EnumerateArray().ShouldNotContain(s => s.GetProperty("guideline").GetString() == "bmj-2025");
    }

    [Fact]
    public void People_SeeTableConflictsReasonsAndAgreements()
    {
        var run = CliRun.Of("compare", "--intervention", "lumbar-rfa", "--pain", "axial");

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("Conflict (direction, axial pain)");
        run.Out.ShouldContain("Population pooling");
        run.Out.ShouldContain("Agreement (axial)");
        run.Out.ShouldContain("unverified"); // SI-joint RFA is not in this view, but BMJ's joint-RFA mapping notes are
    }

    [Theory]
    [InlineData("--intervention", "epidural", "Did you mean: epidural-steroid-injection, percutaneous-adhesiolysis?")]
    [InlineData("--pain", "neck", "")]
    public void BadInput_ExitsTwo(string option, string value, string hint)
    {
        var args = option == "--pain" ? new[] { "compare", "--intervention", "scs", option, value } : new[] { "compare", option, value };
        var run = CliRun.Of(args);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(hint);
    }

    [Fact]
    public void Trials_ListAndShow_Motion()
    {
        var list = CliRun.Of("trials", "--intervention", "pild", "--json").Json();
        list.GetProperty("trials").EnumerateArray().ShouldContain(t => t.GetProperty("id").GetString() == "motion");

        var motion = CliRun.Of("trial", "show", "motion", "--json").Json().GetProperty("trial");
        motion.GetProperty("enrolled").GetInt32().ShouldBe(155);
        motion.GetProperty("centres").GetInt32().ShouldBe(19);
        motion.GetProperty("arms").EnumerateArray().Sum(a => a.GetProperty("n").GetInt32()).ShouldBe(155);

        var people = CliRun.Of("trial", "show", "motion");
        people.ExitCode.ShouldBe(0);
        people.Out.ShouldContain("NCT03610737");
    }

    [Fact]
    public void TrialShow_UnknownId_ExitsTwoWithNearest()
    {
        var run = CliRun.Of("trial", "show", "motoin");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("Did you mean: motion?");
    }

    [Fact]
    public void Guidelines_ListsEveryGuidelineWithSchemeAndStatus()
    {
        var guidelines = CliRun.Of("guidelines", "--json").Json().GetProperty("guidelines").EnumerateArray().ToList();

        guidelines.Count.ShouldBeGreaterThanOrEqualTo(19);
        guidelines.ShouldContain(g => g.GetProperty("id").GetString() == "bmj-2025" && g.GetProperty("gradingScheme").GetString() == "grade" && g.GetProperty("recommendations").GetInt32() == 6);
        guidelines.ShouldContain(g => g.GetProperty("id").GetString() == "vadod-2022" && g.GetProperty("recommendationsStatus").GetString() == "not-found");
    }
}
