using Spinewise.Evidence.Tests.Reference;

namespace Spinewise.Evidence.Tests;

/// <summary>
/// The one list of reference-case keys the engine does not compute. Every other key of a covered case's
/// <c>expected</c> object must be compared (<see cref="Comparer.AssertAll"/> fails otherwise), so a key added to a
/// reference case fails a test until it is compared or listed here with the reason.
/// </summary>
public sealed class ReferenceKeyCoverageTests
{
    /// <summary>(category, key path with '/' between keys and '*' for any one key, reason).</summary>
    internal static readonly (string Category, string Path, string Reason)[] NotComputed =
    [
        ("leave1out", "omitted_label", "study labels are the caller's; the engine returns rows in input order"),
        ("influence", "labels", "study labels are the caller's; the engine returns rows in input order"),
        ("fsn", "rejrate", "metafor 3.8-1 sets rejrate to NA for every fsn type (a simulated rejection rate came later); the engine has no counterpart"),
        ("regtest", "fit/type", "the R call of the underlying regression, as text"),
        ("regtest", "fit/coef_names", "the engine returns the two coefficients (intercept, predictor) unnamed"),
        ("regtest", "fit/zval", "the engine returns the predictor's statistic only (compared as zval/tval), not one per coefficient"),
        ("regtest", "fit/tval", "the engine returns the predictor's statistic only (compared as zval/tval), not one per coefficient"),
        ("regtest", "fit/pval", "the engine returns the predictor's p value only (compared as pval), not one per coefficient"),
        ("subgroup", "test_subgroup_differences/description", "prose describing the R code"),
        ("subgroup", "pooled_tau2_model/description", "prose describing the R code"),
    ];

    internal static bool IsNotComputed(string category, string path) =>
        NotComputed.Any(n => n.Category == category && Matches(n.Path, path));

    [Fact]
    public void NotComputed_EveryEntry_NamesAKeyOfACoveredCase()
    {
        var stale = NotComputed.Where(n => !ReferenceCases.Cases.Any(c =>
                (string)c["category"]! == n.Category && Comparer.LeafPaths(c["expected"]!.AsObject(), "").Any(p => Matches(n.Path, p))))
            .Select(n => $"{n.Category}:{n.Path}")
            .ToList();

        stale.ShouldBeEmpty();
    }

    [Fact]
    public void NotComputed_EveryEntry_IsOfACoveredCategoryWithAReason()
    {
        NotComputed.ShouldAllBe(n => CoverageTests.Covered.Contains(n.Category) && n.Reason.Length > 0);
    }

    [Fact]
    public void Comparer_KeyNotCompared_Fails()
    {
        var cmp = new Comparer("rma_REML_bcg_RR");
        cmp.Scalar("k", 13, Tolerance.ClosedForm);

        var ex = Should.Throw<Xunit.Sdk.XunitException>(cmp.AssertAll);

        ex.Message.ShouldContain("confint_tight/tau2/ci.lb: neither compared nor listed");
        ex.Message.ShouldNotContain("  k:");
    }

    [Fact]
    public void Comparer_ExpectedKeyMissing_Fails()
    {
        var cmp = new Comparer("fsn_Rosenthal_bcg_RR");
        cmp.Array("no.such.key", [1.0], Tolerance.ClosedForm);

        var ex = Should.Throw<Xunit.Sdk.XunitException>(cmp.AssertAll);

        ex.Message.ShouldContain("no.such.key: compared, but the case has no such key");
    }

    private static bool Matches(string pattern, string path)
    {
        var p = pattern.Split('/');
        var k = path.Split('/');
        return p.Length == k.Length && p.Zip(k).All(x => x.First == "*" || x.First == x.Second);
    }
}
