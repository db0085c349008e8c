using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Spinewise.Evidence.Models;

namespace Spinewise.Web.Pages.Evidence;

/// <summary>
/// The R code that reproduces a workbench analysis with metafor: the data (metafor's own dataset, or the uploaded CSV
/// inlined), <c>escalc()</c> with the measure and columns, <c>rma()</c> with the chosen options, and the summary,
/// prediction, heterogeneity CIs, plots, leave-one-out and influence.
/// </summary>
internal static partial class RCode
{
    private static readonly string[] EscalcOptions = ["add", "to", "drop00", "vtype"];
    private static readonly string[] ControlOptions = ["threshold", "maxiter", "tol"];

    public static string For(WorkbenchSource source, WorkbenchQuery query, string link)
    {
        var options = source.Options(query);
        var r = new StringBuilder();
        r.Append("# The Spinewise evidence workbench's analysis ").Append(link).Append('\n');
        r.Append("# reproduced with metafor (Spinewise re-implements metafor 3.8-1).\n");
        r.Append("library(metafor)\n\n");
        if (source.Dataset is { } d)
        {
            r.Append("dat <- ").Append(d.RName).Append("   # metafor's copy of ").Append(d.FileName).Append('\n');
        }
        else
        {
            r.Append("# The uploaded rows (").Append(source.Name.Replace('\n', ' ')).Append("), inlined:\n");
            r.Append("dat <- read.csv(text = '").Append(Escape(source.Csv.TrimEnd('\n', '\r'))).Append("', check.names = FALSE)\n");
        }

        var text = options.GetValueOrDefault("measure");
        string yi = "yi", vi = "vi";
        if (text is not null)
        {
            var args = new List<string> { $"measure={Str(text.ToUpperInvariant())}" };
            foreach (var spec in Application.Meta.MetaOptionCatalog.Columns(null))
            {
                if (options.TryGetValue(spec.Name, out var column)) args.Add($"{spec.Name}={Name(column)}");
            }

            foreach (var name in EscalcOptions)
            {
                if (options.TryGetValue(name, out var value)) args.Add($"{name}={Value(name, value)}");
            }

            args.Add("data=dat");
            r.Append("dat <- escalc(").AppendJoin(", ", args).Append(")\n");
        }
        else
        {
            yi = Name(options.GetValueOrDefault("yi") ?? "yi");
            vi = Name(options.GetValueOrDefault("vi") ?? "vi");
        }

        var rma = new List<string> { yi, vi, "data=dat" };
        if (options.TryGetValue("label", out var label)) rma.Add($"slab={Name(label)}");
        if (options.TryGetValue("mods", out var mods))
        {
            rma.Add("mods = ~ " + string.Join(" + ", mods.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Term)));
        }

        if (options.TryGetValue("intercept", out var intercept)) rma.Add($"intercept={Value("intercept", intercept)}");
        if (options.TryGetValue("weights", out var weights)) rma.Add($"weights={Name(weights)}");
        var method = options.GetValueOrDefault("method") ?? "REML";
        rma.Add($"method={Str(method.ToUpperInvariant())}");
        if (options.TryGetValue("test", out var test)) rma.Add($"test={Str(test.ToLowerInvariant())}");
        if (options.TryGetValue("level", out var level)) rma.Add($"level={Number(level)}");
        var control = ControlOptions.Where(options.ContainsKey).Select(n => $"{n}={Number(options[n])}").ToList();
        if (control.Count > 0) rma.Add($"control=list({string.Join(", ", control)})");
        var call = string.Join(", ", rma);
        r.Append("res <- rma(").Append(call).Append(")\n");
        r.Append("print(res)\n");
        bool interceptOnly = mods is null;
        if (interceptOnly)
        {
            bool ratio = text is not null && Spinewise.Evidence.Plots.EffectScale.IsRatio(Enum.TryParse<Spinewise.Evidence.EffectSizes.EffectMeasure>(text, true, out var m) ? m : null);
            r.Append(ratio ? "predict(res, transf=exp)\n" : "predict(res)\n");
        }

        bool equal = Enum.TryParse<TauSquaredEstimator>(method, true, out var estimator) && estimator is TauSquaredEstimator.EE or TauSquaredEstimator.FE;
        if (!equal) r.Append("confint(res)\n");
        r.Append("forest(res)\nfunnel(res)\n");
        if (options.TryGetValue("subgroup", out var group)) Subgroups(r, Name(group), call);
        else if (interceptOnly) r.Append("leave1out(res)\n");
        if (group is null) r.Append("influence(res)\n");
        return r.ToString();
    }

    private static void Subgroups(StringBuilder r, string group, string call)
    {
        r.Append("\n# Subgroups: one model per level, and the test for subgroup differences (an equal-effects meta-regression on the subgroup estimates)\n");
        r.Append($"groups <- sort(unique(as.character(dat${group})))\n");
        r.Append($"fits <- lapply(groups, function(g) rma({call}, subset=({group}==g)))\n");
        r.Append("names(fits) <- groups\nfits\n");
        r.Append("comp <- data.frame(group=groups, estimate=sapply(fits, function(f) c(coef(f))), se=sapply(fits, function(f) f$se))\n");
        r.Append("rma(estimate, sei=se, mods = ~ factor(group), method=\"EE\", data=comp)\n");
    }

    /// <summary>A column as an R name: as is when syntactic, else in backticks.</summary>
    private static string Name(string column) =>
        Syntactic().IsMatch(column) ? column : "`" + column.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("`", "\\`", StringComparison.Ordinal) + "`";

    private static string Term(string term)
    {
        var factor = FactorTerm().Match(term);
        return factor.Success ? $"factor({Name(factor.Groups[1].Value)})" : Name(term);
    }

    private static string Value(string name, string value) => name switch
    {
        "drop00" or "intercept" => bool.TryParse(value, out var b) ? (b ? "TRUE" : "FALSE") : Str(value),
        "add" => Number(value),
        _ => Str(value),
    };

    private static string Number(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ? x.ToString("R", CultureInfo.InvariantCulture) : Str(value);

    private static string Str(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string Escape(string csv) => csv.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal);

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9._]*$")]
    private static partial Regex Syntactic();

    [GeneratedRegex(@"^factor\((.+)\)$")]
    private static partial Regex FactorTerm();
}
