using System.Globalization;
using System.Text.Json.Nodes;
using Spinewise.Evidence.Models;
using Spinewise.Evidence.Multivariate;
using Spinewise.Evidence.Tests.Reference;

namespace Spinewise.Evidence.Tests.Multivariate;

/// <summary>
/// Builds rma.mv models from the multilevel and network reference cases. The contrast-based senn2013 cases carry the
/// contrasts (yi) and the full block-diagonal V that metafor used (to.wide + escalc(MD) + calc.v: shared-arm
/// covariance = the baseline arm's sd²/n), so those are used directly rather than rebuilt from arms.
/// </summary>
internal static class MvCases
{
    public static (RmaMvModel Model, RmaMvOptions Options) Load(string id)
    {
        var input = ReferenceCases.Get(id)["input"]!.AsObject();
        var yi = Json.Arr(input["yi"]);
        var v = input["V"] is JsonArray rows
            ? SamplingCovariance.FromMatrix([.. rows.Select(r => (IReadOnlyList<double>)Json.Arr(r))])
            : SamplingCovariance.FromVariances(Json.Arr(input["vi"]));
        var factors = new Dictionary<string, IReadOnlyList<string?>>(StringComparer.Ordinal);
        foreach (var name in new[] { "district", "school", "study", "comp", "design" })
        {
            if (input[name] is JsonArray col)
            {
                factors[name] = [.. col.Select(n => n is null ? null : Convert.ToString(n.ToString(), CultureInfo.InvariantCulture))];
            }
        }

        var model = new RmaMvModel
        {
            Yi = yi,
            V = v,
            X = CaseInputs.Matrix(input),
            Random = Random(input),
            Factors = factors,
        };
        var options = new RmaMvOptions
        {
            Method = Enum.Parse<TauSquaredEstimator>(Json.S(input["method"]) ?? "REML"),
            Test = Json.S(input["test"]) == "t" ? TestType.T : TestType.Z,
            Level = input["level"] is null ? 95 : Json.D(input["level"]),
        };
        return (model, options);
    }

    /// <summary>The random terms from the R text: one formula, <c>list(f1, f2)</c> or "none (…)"; ρ then φ from fixed_correlations.</summary>
    private static List<RandomTerm> Random(JsonObject input)
    {
        var text = Json.S(input["random"]);
        if (text is null || text.StartsWith("none", StringComparison.Ordinal))
        {
            return [];
        }

        var formulas = text.StartsWith("list(", StringComparison.Ordinal) ? text[5..^1].Split(',', StringSplitOptions.TrimEntries) : [text];
        var fixedCor = input["fixed_correlations"] as JsonObject;
        double? Cor(string key) => fixedCor?[key] is null ? null : Json.D(fixedCor[key]);
        var terms = new List<RandomTerm>();
        int correlated = 0;
        foreach (var f in formulas)
        {
            bool innerOuter = !f.Replace(" ", "", StringComparison.Ordinal).StartsWith("~1|", StringComparison.Ordinal);
            double? rho = innerOuter ? Cor(correlated++ == 0 ? "rho" : "phi") : null;
            terms.Add(RandomTerm.Parse(f, rho, out var error) ?? throw new FormatException(error));
        }

        return terms;
    }
}
