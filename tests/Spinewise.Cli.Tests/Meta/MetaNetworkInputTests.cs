namespace Spinewise.Cli.Tests.Meta;

/// <summary><c>meta network</c> on arm estimates and small networks: the contrasts it builds, and what it says it left out.</summary>
public sealed class MetaNetworkInputTests
{
    // Three two-arm studies on a triangle a-b-c, arm estimates with standard errors (arms independent)
    private const string Triangle = "study,treatment,yi,sei\nA,a,0.1,0.2\nA,b,0.3,0.2\nB,a,0.2,0.1\nB,c,0.5,0.1\nC,b,0.4,0.2\nC,c,0.1,0.3\n";

    [Fact]
    public void MetaNetwork_ArmEstimates_EqualEffects_IsTheGlsSolutionOfTheThreeContrasts()
    {
        // Given contrasts vs each study's baseline: b-a = 0.2 (v 0.08), c-a = 0.3 (v 0.02), c-b = -0.3 (v 0.13)
        using var t = new TempCsv();
        var run = CliRun.Of("meta", "network", t.Write("tri.csv", Triangle), "--yi", "yi", "--sei", "sei", "--reference", "a", "--method", "EE", "--json");

        // Then d_b, d_c solve the weighted normal equations of y = X d with X rows (1,0), (0,1), (-1,1)
        run.ExitCode.ShouldBe(0, run.Error);
        double w1 = 1 / 0.08, w2 = 1 / 0.02, w3 = 1 / 0.13;
        double a11 = w1 + w3, a12 = -w3, a22 = w2 + w3, b1 = (w1 * 0.2) + (w3 * 0.3), b2 = (w2 * 0.3) - (w3 * 0.3);
        double det = (a11 * a22) - (a12 * a12);
        var beta = run.Json().GetProperty("beta");
        beta[0].GetDouble().ShouldBe(((a22 * b1) - (a12 * b2)) / det, 1e-10);
        beta[1].GetDouble().ShouldBe(((a11 * b2) - (a12 * b1)) / det, 1e-10);
        run.Json().GetProperty("coef_names").EnumerateArray().Select(n => n.GetString()).ShouldBe(["b", "c"]);
    }

    [Fact]
    public void MetaNetwork_NetworkTooSmallForTheInconsistencyModels_FitsConsistencyAndSaysWhy()
    {
        using var t = new TempCsv();
        var run = CliRun.Of("meta", "network", t.Write("tri.csv", Triangle), "--yi", "yi", "--sei", "sei", "--reference", "a", "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        var json = run.Json();
        json.GetProperty("k").GetInt32().ShouldBe(3);
        json.GetProperty("warnings").EnumerateArray().ShouldContain(w => w.GetString()!.StartsWith("inconsistency not assessed", StringComparison.Ordinal));
        CliRun.Of("meta", "network", t.PathOf("tri.csv"), "--yi", "yi", "--sei", "sei", "--reference", "a").Out.ShouldContain("Note: inconsistency not assessed");
    }

    [Fact]
    public void MetaNetwork_MissingEvents_NamesRowAndColumn()
    {
        using var t = new TempCsv();
        var run = CliRun.Of("meta", "network", t.Write("or.csv", "study,treatment,events,total\nA,a,3,20\nA,b,5,20\nB,a,2,30\nB,c,,30\n"),
            "--measure", "OR", "--xi", "events", "--ni", "total", "--json");

        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldContain("or.csv, row 4 (line 5), column 'events'");
    }

    [Fact]
    public void MetaNetwork_UnknownReference_NamesTheOption()
    {
        using var t = new TempCsv();
        var run = CliRun.Of("meta", "network", t.Write("tri.csv", Triangle), "--yi", "yi", "--sei", "sei", "--reference", "z");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--reference:");
        run.Error.ShouldContain("'z'");
    }
}
