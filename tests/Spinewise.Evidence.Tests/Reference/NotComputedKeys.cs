namespace Spinewise.Evidence.Tests.Reference;

/// <summary>
/// The one list of metafor reference-case keys the engine does not compute, each with its reason (checked by
/// ReferenceKeyCoverageTests; the CLI reference tests link this file and skip the same keys).
/// </summary>
internal static class NotComputedKeys
{
    /// <summary>(category, key path with '/' between keys and '*' for any one key, reason).</summary>
    public static readonly (string Category, string Path, string Reason)[] All =
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

    public static bool IsNotComputed(string category, string path) =>
        All.Any(n => n.Category == category && Matches(n.Path, path));

    /// <summary>Whether a key path matches a pattern ('/' between keys, '*' for any one key).</summary>
    public static bool Matches(string pattern, string path)
    {
        var p = pattern.Split('/');
        var k = path.Split('/');
        return p.Length == k.Length && p.Zip(k).All(x => x.First == "*" || x.First == x.Second);
    }
}
