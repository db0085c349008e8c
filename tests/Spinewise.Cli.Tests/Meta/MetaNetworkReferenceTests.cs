namespace Spinewise.Cli.Tests.Meta;

/// <summary><c>meta network</c> on dat.senn2013's arms against the nma_senn2013_* reference cases (contrasts built by the command, not taken from the case).</summary>
public sealed class MetaNetworkReferenceTests
{
    private static readonly string Senn = Path.Combine(ReferenceCase.Folder, "data", "dat.senn2013.csv");

    /// <summary>(keys, absolute, relative): README — rma.mv coefficients ~1e-6 relative, variances ~1e-5, boundary variances below 1e-6 are 0.</summary>
    private static readonly (string[] Keys, double Abs, double Rel)[] Groups =
    [
        (["k", "p", "test", "alpha", "coef_names", "G_struct", "H_struct", "QEdf", "QMdf", "rho", "phi", "reference_treatment"], 0, 1e-12),
        (["beta", "se", "zval", "ci.lb", "ci.ub", "vb", "pscore"], 1e-10, 1e-6),
        (["tau2", "QM"], 1e-9, 1e-5),
        (["gamma2"], 1e-6, 0),
        (["pval", "QMp"], 1e-12, 2e-4),
        (["QE", "QEp"], 1e-12, 1e-10),
        (["fit_stats"], 1e-7, 1e-8),
    ];

    [Theory]
    [InlineData("nma_senn2013_contrast_REML", "")]
    [InlineData("nma_senn2013_contrast_ML", "--method ML")]
    [InlineData("nma_senn2013_inconsistency_REML", "--model inconsistency")]
    public void MetaNetwork_Senn2013FromArms_MatchesMetafor(string id, string extra)
    {
        // Given dat.senn2013's arms (study, treatment, mi, sdi, ni) and placebo as reference
        var c = ReferenceCase.Load(id);

        // When meta network builds the contrasts and fits the model
        var run = CliRun.Of(["meta", "network", Senn, "--reference", "placebo", "--small-values", "good", .. extra.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--json"]);

        // Then the model's keys, the pairwise differences and the P-scores are metafor's
        run.ExitCode.ShouldBe(0, run.Error);
        var actual = run.Json();
        var skip = new HashSet<string> { "method", "pairwise" };
        Groups.SelectMany(g => g.Keys).Concat(skip).ToHashSet().IsSupersetOf(c.Expected.EnumerateObject().Select(p => p.Name)).ShouldBeTrue("every expected key has a tolerance");
        actual.GetProperty("method").GetString().ShouldBe(c.Expected.GetProperty("method").GetString());
        JsonCompare.Groups(id, c.Category, Groups, c.Expected, actual).ShouldBeGreaterThan(0);

        if (c.Expected.TryGetProperty("pairwise", out var pairwise)) ComparePairwise(id, pairwise, actual.GetProperty("league"));
    }

    [Fact]
    public void MetaNetwork_Senn2013CommonEffect_MatchesMetaforsModelWithoutRandomEffects()
    {
        var c = ReferenceCase.Load("nma_senn2013_contrast_FE");

        var run = CliRun.Of("meta", "network", Senn, "--reference", "placebo", "--method", "EE", "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        var actual = run.Json();
        var cmp = new JsonCompare(c.Category, 1e-10, 1e-8);
        foreach (var key in new[] { "beta", "se", "ci.lb", "ci.ub", "vb", "QE", "QM", "fit_stats" }) cmp.Value(key, c.Expected.GetProperty(key), actual.GetProperty(key));
        cmp.AssertOk(c.Id);
        actual.TryGetProperty("tau2", out _).ShouldBeFalse();
    }

    [Fact]
    public void MetaNetwork_Senn2013_PrintsEffectsRankingAndInconsistency()
    {
        var run = CliRun.Of("meta", "network", Senn, "--reference", "placebo");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("Network Meta-Analysis");
        run.Out.ShouldContain("Treatment effects vs placebo");
        run.Out.ShouldContain("rosiglitazone");
        run.Out.ShouldContain("-1.2337");
        run.Out.ShouldContain("P-score");
        run.Out.ShouldContain("Design-by-treatment interaction");
    }

    [Theory]
    [InlineData("nma_senn2013_armbased_RE", "")]
    [InlineData("nma_senn2013_armbased_FE", "--method EE")]
    public void MetaNetwork_Senn2013ArmBased_MatchesMetafor(string id, string extra)
    {
        // Given metafor's arm-based model (mods = ~ study + treatment - 1; its treatment names carry a leading space)
        var c = ReferenceCase.Load(id);

        var run = CliRun.Of(["meta", "network", Senn, "--reference", "placebo", "--model", "arm", .. extra.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--json"]);

        run.ExitCode.ShouldBe(0, run.Error);
        var actual = run.Json();
        var expectedNames = c.Expected.GetProperty("coef_names").EnumerateArray().Select(n => n.GetString()!.Replace("treatment ", "", StringComparison.Ordinal));
        actual.GetProperty("coef_names").EnumerateArray().Select(n => n.GetString()!).ShouldBe(expectedNames);
        foreach (var (keys, abs, rel) in Groups)
        {
            var cmp = new JsonCompare(c.Category, abs, rel);
            foreach (var key in keys.Where(k => k != "coef_names" && c.Expected.TryGetProperty(k, out _)))
            {
                cmp.Value(key, c.Expected.GetProperty(key), actual.GetProperty(key));
            }

            if (cmp.Compared > 0) cmp.AssertOk(id);
        }
    }

    [Fact]
    public void MetaNetwork_Json_IsTheUseCaseContract()
    {
        var run = CliRun.Of("meta", "network", Senn, "--reference", "placebo", "--json");
        var options = new Dictionary<string, string> { ["reference"] = "placebo" };
        var report = new Spinewise.Application.Meta.NetworkUseCase().Run(new Spinewise.Application.Meta.MetaRequest(Spinewise.Application.Meta.MetaRows.FromFile(Senn), options)).Value.Report;

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.TrimEnd().ShouldBe(System.Text.Json.JsonSerializer.Serialize(report, Spinewise.Application.Json.ContractJson.Options));
    }

    [Fact]
    public void MetaNetwork_Plots_AreWrittenInTheFormatAsked()
    {
        using var t = new TempCsv();
        string graph = t.PathOf("graph.png"), forest = t.PathOf("forest.svg"), league = t.PathOf("league.svg");

        var run = CliRun.Of("meta", "network", Senn, "--reference", "placebo", "--plot", graph, "--forest", forest, "--league", league, "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        File.ReadAllBytes(graph).Take(4).ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });
        File.ReadAllText(forest).ShouldContain("<svg");
        File.ReadAllText(league).ShouldContain("rosiglitazone");
        run.Json().GetProperty("settings").GetProperty("plot").GetString().ShouldBe(graph);
    }

    private static void ComparePairwise(string id, System.Text.Json.JsonElement expected, System.Text.Json.JsonElement league)
    {
        var labels = expected.GetProperty("label").EnumerateArray().Select(l => l.GetString()!).ToList();
        var actualLabels = league.GetProperty("label").EnumerateArray().Select(l => l.GetString()!).ToList();
        var cmp = new JsonCompare("network", 1e-10, 1e-6);
        for (int i = 0; i < labels.Count; i++)
        {
            int j = actualLabels.IndexOf(labels[i]);
            j.ShouldBeGreaterThanOrEqualTo(0, $"{id}: league has no '{labels[i]}'");
            foreach (var key in new[] { "pred", "se", "ci.lb", "ci.ub", "pi.lb", "pi.ub" })
            {
                cmp.Value($"pairwise/{key}[{labels[i]}]", expected.GetProperty(key)[i], league.GetProperty(key)[j]);
            }
        }

        cmp.AssertOk(id + " (pairwise)");
    }
}
