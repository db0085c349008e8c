namespace Spinewise.Cli.Tests.Meta;

/// <summary>regtest and ranktest through the CLI, compared with metafor's reference cases.</summary>
public sealed class MetaBiasTests
{
    private static void Close(double actual, double expected, string what) =>
        Math.Abs(actual - expected).ShouldBeLessThanOrEqualTo(1e-8 + (1e-7 * Math.Abs(expected)), what);

    [Theory]
    [InlineData("regtest_rma_REML_bcg_RR", "rma", "sei")]
    [InlineData("regtest_rma_REML_bcg_RR_vi", "rma", "vi")]
    [InlineData("regtest_lm_hackshaw1998", "lm", "sei")]
    [InlineData("regtest_rma_DL_hackshaw1998", "rma", "sei")]
    public void RegTest_MatchesMetafor(string id, string model, string predictor)
    {
        var c = ReferenceCase.Load(id);
        var run = CliRun.Of(["meta", "regtest", .. c.DataArgs(), .. c.RmaArgs(), "--model", model, "--predictor", predictor, "--json"]);

        run.ExitCode.ShouldBe(0, run.Error);
        var json = run.Json();
        var stat = model == "lm" ? "tval" : "zval";
        Close(json.GetProperty(stat).GetDouble(), c.Expected.GetProperty(stat).GetDouble(), stat);
        Close(json.GetProperty("pval").GetDouble(), c.Expected.GetProperty("pval").GetDouble(), "pval");
        foreach (var key in new[] { "est", "ci.lb", "ci.ub" })
        {
            Close(json.GetProperty("limit_estimate").GetProperty(key).GetDouble(), c.Expected.GetProperty("limit_estimate").GetProperty(key).GetDouble(), key);
        }
    }

    [Theory]
    [InlineData("ranktest_bcg_RR")]
    [InlineData("ranktest_hackshaw1998")]
    [InlineData("ranktest_egger2001_OR")]
    public void RankTest_MatchesMetafor(string id)
    {
        var c = ReferenceCase.Load(id);
        var run = CliRun.Of(["meta", "ranktest", .. c.DataArgs(), .. c.RmaArgs(), "--json"]);

        run.ExitCode.ShouldBe(0, run.Error);
        Close(run.Json().GetProperty("tau").GetDouble(), c.Expected.GetProperty("tau").GetDouble(), "tau");
        Close(run.Json().GetProperty("pval").GetDouble(), c.Expected.GetProperty("pval").GetDouble(), "pval");
    }

    [Fact]
    public void RegTest_NiPredictorWithoutSampleSizes_ExitsTwoNamingTheColumn()
    {
        var c = ReferenceCase.Load("regtest_rma_REML_bcg_RR");
        var run = CliRun.Of(["meta", "regtest", .. c.DataArgs(), "--predictor", "ninv"]);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("column 'ni'");
    }
}

/// <summary>influence through the CLI, compared with metafor's reference case.</summary>
public sealed class MetaInfluenceTests
{
    [Fact]
    public void Influence_MatchesMetafor()
    {
        var c = ReferenceCase.Load("influence_REML_bcg_RR");
        var run = CliRun.Of(["meta", "influence", .. c.DataArgs(), .. c.RmaArgs(), "--json"]);

        run.ExitCode.ShouldBe(0, run.Error);
        var cmp = new JsonCompare(c.Category, 1e-8, 1e-7);
        cmp.Object("", c.Expected, run.Json());
        cmp.AssertOk(c.Id);
    }
}

/// <summary>trimfill through the CLI, compared with metafor's reference cases.</summary>
public sealed class MetaTrimFillTests
{
    [Theory]
    [InlineData("trimfill_L0_REML_hackshaw1998", "L0")]
    [InlineData("trimfill_R0_EE_egger2001_OR", "R0")]
    public void TrimFill_MatchesMetafor(string id, string estimator)
    {
        var c = ReferenceCase.Load(id);
        var run = CliRun.Of(["meta", "trimfill", .. c.DataArgs(), .. c.RmaArgs(), "--estimator", estimator, "--json"]);

        run.ExitCode.ShouldBe(0, run.Error);
        var json = run.Json();
        json.GetProperty("k0").GetInt32().ShouldBe(c.Expected.GetProperty("k0").GetInt32());
        json.GetProperty("side").GetString().ShouldBe(c.Expected.GetProperty("side").GetString());
        var beta = json.GetProperty("beta")[0].GetDouble();
        Math.Abs(beta - c.Expected.GetProperty("beta").GetDouble()).ShouldBeLessThan(1e-7);
        json.GetProperty("augmented_fill").GetArrayLength().ShouldBe(c.Expected.GetProperty("augmented_fill").GetArrayLength());
    }
}
