using System.Globalization;
using System.Text.Json;

namespace Spinewise.Cli.Tests.Meta;

/// <summary>Reference cases run through the CLI in-process; JSON compared key by key with metafor's expected values.</summary>
public sealed class MetaReferenceTests
{
    // Default-control fits reproduce metafor's iterates, so default values agree closely; README tolerances bound them.
    private const double Abs = 1e-8;
    private const double Rel = 1e-7;

    [Theory]
    [InlineData("escalc_RR_bcg")]
    [InlineData("escalc_PETO_bcg")]
    [InlineData("escalc_OR_collins1985a_zero_cells")]
    [InlineData("escalc_OR_collins1985a_drop00")]
    [InlineData("escalc_OR_collins1985a_add_all")]
    [InlineData("escalc_SMD_normand1999")]
    [InlineData("escalc_SMD_UB_normand1999")]
    [InlineData("escalc_PFT_pritz1997")]
    [InlineData("escalc_PR_pritz1997_add0")]
    public void Escalc_MatchesMetafor(string id)
    {
        var c = ReferenceCase.Load(id);
        var run = CliRun.Of(["escalc", c.Dataset, .. c.EscalcArgs(c.Input), "--json"]);
        run.ExitCode.ShouldBe(0, run.Error);
        Compare(c, run, Abs, 1e-12);
    }

    [Theory]
    [InlineData("rma_REML_bcg_RR", "")]
    [InlineData("rma_EE_bcg_RR", "")]
    [InlineData("rma_DL_hackshaw1998", "")]
    [InlineData("rma_PM_hackshaw1998", "")]
    [InlineData("rma_ML_normand1999_SMD", "")]
    [InlineData("rma_REML_pritz1997_PLO", "")]
    [InlineData("rma_EE_weights_pritz1997_PR", "--weights ni")]
    [InlineData("knha_REML_bcg_RR", "")]
    [InlineData("adhoc_REML_hackshaw1998", "")]
    [InlineData("level90_REML_bcg_RR", "")]
    [InlineData("metareg_REML_bcg_ablat_alloc", "--mods ablat,factor(alloc)")]
    [InlineData("metareg_knha_REML_bcg_alloc", "--mods factor(alloc)")]
    [InlineData("metareg_REML_bcg_alloc_noint", "--mods factor(alloc) --intercept false")]
    [InlineData("metareg_REML_hackshaw1998_design", "--mods factor(design)")]
    public void Rma_MatchesMetafor(string id, string extra)
    {
        var c = ReferenceCase.Load(id);
        var args = Extra(extra);
        var run = CliRun.Of(["meta", "rma", .. c.DataArgs(), .. c.RmaArgs(), .. args, "--json"]);
        run.ExitCode.ShouldBe(0, run.Error);
        // metafor's predict() at new moderator values (newmods) has no CLI counterpart; tight and confint_tight are
        // compared below, each from the run with its own control
        Compare(c, run, Abs, Rel, c.Input.TryGetProperty("predict_newmods", out _) ? "predict" : "", "tight", "confint_tight");
        if (c.Expected.TryGetProperty("confint_tight", out var confintTight)) ConfintTight(c, args, confintTight);
        if (!c.Expected.TryGetProperty("tight", out var tight)) return;
        var control = tight.GetProperty("control").GetString()!;
        var tightArgs = control.Contains("threshold", StringComparison.Ordinal) ? new[] { "--threshold", "1e-12", "--maxiter", "1000" } : ["--tol", "1e-12", "--maxiter", "1000"];
        tightArgs.ShouldAllBe(a => a.StartsWith("--", StringComparison.Ordinal) || control.Contains("=" + a, StringComparison.Ordinal), control);
        var tightRun = CliRun.Of(["meta", "rma", .. c.DataArgs(), .. c.RmaArgs(), .. args, .. tightArgs, "--json"]);
        tightRun.ExitCode.ShouldBe(0, tightRun.Error);
        var cmp = new JsonCompare(c.Category, 1e-9, 1e-8);
        var actual = tightRun.Json();
        foreach (var p in tight.EnumerateObject())
        {
            if (p.Name == "control") continue; // the R text of the control used, checked against tightArgs above
            var a = p.Name is "pi.lb" or "pi.ub" ? actual.GetProperty("predict").GetProperty(p.Name)
                : p.Name is "pred" ? actual.GetProperty("predict").GetProperty("pred")
                : actual.GetProperty(p.Name);
            cmp.Value("tight." + p.Name, p.Value, a);
        }

        cmp.AssertOk(id + " (tight)");
    }

    [Theory]
    [InlineData("rma_REML_bcg_RR", "ci.lb")]
    [InlineData("rma_PM_hackshaw1998", "ci.ub")]
    public void Rma_Tol_ReachesTheQProfileIntervals(string id, string limit)
    {
        // Given metafor's confint(res) and confint(res, control=list(tol=1e-12)), whose limits differ
        var c = ReferenceCase.Load(id);
        var loose = c.Expected.GetProperty("confint").GetProperty("tau2").GetProperty(limit).GetDouble();
        var tight = c.Expected.GetProperty("confint_tight").GetProperty("tau2").GetProperty(limit).GetDouble();
        Math.Abs(loose - tight).ShouldBeGreaterThan(1e-6);

        // When --tol 1e-12 is given, Then the printed interval is the tight one, not the default-tolerance one
        var run = CliRun.Of(["meta", "rma", .. c.DataArgs(), .. c.RmaArgs(), "--tol", "1e-12", "--json"]);
        run.ExitCode.ShouldBe(0, run.Error);
        run.Json().GetProperty("confint").GetProperty("tau2").GetProperty(limit).GetDouble().ShouldBe(tight, 1e-9);
        var human = CliRun.Of(["meta", "rma", .. c.DataArgs(), .. c.RmaArgs(), "--tol", "1e-12"]);
        human.Out.ShouldContain(tight.ToString("F4", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TrimFill_Tol_ReachesTheQProfileIntervalsOfTheFilledModel()
    {
        var c = ReferenceCase.Load("trimfill_L0_REML_hackshaw1998");
        string[] common = ["meta", "trimfill", .. c.DataArgs(), .. c.RmaArgs(), "--json"];

        var loose = CliRun.Of(common).Json().GetProperty("confint").GetProperty("tau2").GetProperty("ci.ub").GetDouble();
        var tight = CliRun.Of([.. common, "--tol", "1e-12"]).Json().GetProperty("confint").GetProperty("tau2").GetProperty("ci.ub").GetDouble();

        tight.ShouldNotBe(loose);
        Math.Abs(tight - loose).ShouldBeLessThan(1e-3);
    }

    [Fact]
    public void Leave1Out_Tol_ReachesThePmRefits()
    {
        var c = ReferenceCase.Load("leave1out_DL_hackshaw1998");
        string[] common = ["meta", "leave1out", .. c.DataArgs(), "--method", "PM", "--json"];

        var loose = CliRun.Of(common).Json().GetProperty("tau2")[0].GetDouble();
        var tight = CliRun.Of([.. common, "--tol", "1e-12"]).Json().GetProperty("tau2")[0].GetDouble();

        tight.ShouldNotBe(loose);
    }

    [Theory]
    [InlineData("subgroup_REML_bcg_alloc", "alloc")]
    [InlineData("subgroup_DL_hackshaw1998_design", "design")]
    [InlineData("subgroup_EE_bcg_alloc", "alloc")]
    public void Subgroup_MatchesMetafor(string id, string column)
    {
        var c = ReferenceCase.Load(id);
        var run = CliRun.Of(["meta", "rma", .. c.DataArgs(), .. c.RmaArgs(), "--subgroup", column, "--json"]);
        run.ExitCode.ShouldBe(0, run.Error);
        Compare(c, run, Abs, Rel);
    }

    [Theory]
    [InlineData("mh_OR_bcg", "mh")]
    [InlineData("mh_RR_bcg", "mh")]
    [InlineData("mh_RD_collins1985a", "mh")]
    [InlineData("mh_OR_collins1985a", "mh")]
    [InlineData("mh_OR_collins1985a_nocorrect", "mh")]
    [InlineData("peto_bcg", "peto")]
    [InlineData("peto_collins1985a_death", "peto")]
    public void Pooled_MatchesMetafor(string id, string verb)
    {
        var c = ReferenceCase.Load(id);
        var args = c.EscalcArgs(c.Input);
        if (verb == "peto") args.RemoveRange(0, 2); // no --measure for peto
        var run = CliRun.Of(["meta", verb, c.Dataset, .. args, "--json"]);
        run.ExitCode.ShouldBe(0, run.Error);
        Compare(c, run, Abs, 1e-10);
    }

    [Theory]
    [InlineData("leave1out_REML_bcg_RR")]
    [InlineData("leave1out_EE_bcg_RR")]
    [InlineData("leave1out_DL_hackshaw1998")]
    [InlineData("leave1out_DL_normand1999_MD")]
    public void Leave1Out_MatchesMetafor(string id)
    {
        var c = ReferenceCase.Load(id);
        var run = CliRun.Of(["meta", "leave1out", .. c.DataArgs(), .. c.RmaArgs(), "--json"]);
        run.ExitCode.ShouldBe(0, run.Error);
        Compare(c, run, Abs, Rel);
    }

    [Theory]
    [InlineData("fsn_Rosenthal_bcg_RR", "")]
    [InlineData("fsn_Orwin_weighted_bcg_RR", "--type Orwin --weighted true")]
    [InlineData("fsn_Rosenberg_hackshaw1998", "--type Rosenberg")]
    [InlineData("fsn_Orwin_hackshaw1998_target", "--type Orwin --target 0.04879016416943205")]
    public void Fsn_MatchesMetafor(string id, string extra)
    {
        var c = ReferenceCase.Load(id);
        var run = CliRun.Of(["meta", "fsn", .. c.DataArgs(), .. Extra(extra), "--json"]);
        run.ExitCode.ShouldBe(0, run.Error);
        Compare(c, run, Abs, 1e-10);
    }

    private static string[] Extra(string extra) => extra.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// confint(res, control=list(tol=1e-12)) on the default fit: limits from the run with --tol 1e-12; the estimates
    /// are the default fit's (metafor's definition), so they equal confint's, which the default run compares.
    /// </summary>
    private static void ConfintTight(ReferenceCase c, string[] args, JsonElement expected)
    {
        var run = CliRun.Of(["meta", "rma", .. c.DataArgs(), .. c.RmaArgs(), .. args, "--tol", "1e-12", "--json"]);
        run.ExitCode.ShouldBe(0, run.Error);
        var actual = run.Json().GetProperty("confint");
        var cmp = new JsonCompare(c.Category, 1e-9, 1e-8);
        foreach (var p in expected.EnumerateObject())
        {
            p.Value.GetProperty("estimate").GetDouble().ShouldBe(c.Expected.GetProperty("confint").GetProperty(p.Name).GetProperty("estimate").GetDouble());
            cmp.Value($"confint_tight/{p.Name}/ci.lb", p.Value.GetProperty("ci.lb"), actual.GetProperty(p.Name).GetProperty("ci.lb"));
            cmp.Value($"confint_tight/{p.Name}/ci.ub", p.Value.GetProperty("ci.ub"), actual.GetProperty(p.Name).GetProperty("ci.ub"));
        }

        cmp.AssertOk(c.Id + " (confint_tight)");
    }

    private static void Compare(ReferenceCase c, CliRun run, double abs, double rel, params string[] skip)
    {
        var cmp = new JsonCompare(c.Category, abs, rel, skip);
        cmp.Object("", c.Expected, run.Json());
        cmp.AssertOk(c.Id);
    }
}
