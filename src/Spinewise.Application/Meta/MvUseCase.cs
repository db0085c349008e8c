using Spinewise.Application.Meta.Contracts;
using Spinewise.Application.Meta.Internal;
using Spinewise.Evidence.Multivariate;
using static Spinewise.Application.Meta.MetaOptionKind;

namespace Spinewise.Application.Meta;

/// <summary><c>meta mv</c>: multivariate / multilevel models with known sampling covariances, as metafor's rma.mv().</summary>
public sealed class MvUseCase
{
    /// <summary>The options of an rma.mv run (the full V matrix is given apart, as a <see cref="MetaMatrix"/>).</summary>
    public static IReadOnlyList<MetaOptionSpec> Options { get; } =
    [
        new("yi", MetaOptionKind.Text, "COLUMN", "Column of effect sizes (default yi)."),
        new("vi", MetaOptionKind.Text, "COLUMN", "Column of sampling variances, V = diag(vi) (default vi; not with a full V)."),
        .. MetaOptionCatalog.Moderators,
        new("random", MetaOptionKind.Text, "FORMULA", "Random effects in metafor's syntax: '~ 1 | district/school' (one sigma^2 per level) or '~ inner | outer' (tau^2 and rho; a second such term: gamma^2 and phi); several separated by ';'. None: an equal-effects model."),
        new("struct", MetaOptionKind.Text, "S", "Variance structure of '~ inner | outer' terms: CS (compound symmetry, the default and the only one)."),
        new("rho", Number, "X", "Hold rho of the first '~ inner | outer' term fixed at X (default: estimated)."),
        new("phi", Number, "X", "Hold phi of the second '~ inner | outer' term fixed at X (default: estimated)."),
        new("method", MetaOptionKind.Text, "M", "Estimator: REML (default), ML, EE (FE)."),
        new("test", MetaOptionKind.Text, "T", "Test of the coefficients: z (default) or t (k - p df)."),
        new("btt", MetaOptionKind.Text, "COEFS", "Wald test of these coefficients, comma-separated: names, 1-based numbers, or text a name contains (as metafor's anova(res, btt=))."),
        new("level", Number, "L", "Confidence level: 95 (percent) or 0.95 (fraction) (default 95)."),
        new("confint", Flag, "BOOL", "Profile-likelihood CIs of the variance and correlation components (true|false, default false), as metafor's confint(res): each bound is a root search over refits."),
    ];

    /// <summary>Fits the model.</summary>
    /// <param name="request">Rows and options.</param>
    /// <param name="v">The full k × k sampling covariance matrix, or null for V = diag(vi).</param>
    /// <returns>The analysis, or every diagnostic.</returns>
    public MetaResult<MetaAnalysis<MvReport, MvAnalysis>> Run(MetaRequest request, MetaMatrix? v = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var diagnostics = new MetaDiagnostics();
        var options = new OptionReader(request.Options, Options, diagnostics);
        var input = new MvInput(options, v is not null);
        return diagnostics.Run(() =>
        {
            var table = StudyLoader.Read(request.Rows);
            var matrix = v?.Read(table.RowCount, diagnostics);
            if (v is not null && matrix is null) return null;
            if (input.Model(table, matrix, v?.Source, diagnostics) is not { } model) return null;
            var fit = RmaMv.Fit(model, input.Options);
            var btt = Btt(input.Btt, fit.CoefNames, options);
            if (btt is null) return null;
            var confint = input.Confint ? RmaMv.Confint(fit) : null;
            if (confint is { Count: 0 })
            {
                options.Invalid("confint", "no components for which a CI can be obtained: the model has no estimated variance component (an equal-effects model or no --random terms)");
                return null;
            }

            var analysis = new MvAnalysis(
                fit, fit.X.IsInterceptOnly ? RmaMv.Predict(fit) : null, btt.Count > 0 ? RmaMv.Wald(fit, btt) : null,
                MvReports.Equal(fit) ? [] : input.Terms, SigmaLevels(input.Terms, model), CorrelatedLevels(input.Terms, model), confint);
            var settings = new MvSettings
            {
                File = table.Source, Yi = input.YiColumn, Vi = input.ViColumn, V = v?.Source, Mods = input.Mods, Intercept = input.Intercept,
                Random = input.Formulas, Struct = input.Struct, Rho = input.Rho, Phi = input.Phi, Method = input.Options.Method.ToString(),
                Test = fit.Options.Test == Evidence.Models.TestType.T ? "t" : "z", Level = input.Options.Level, Btt = input.Btt, Confint = input.Confint,
            };
            var labels = new StudyLabels(table.RowCount, null);
            var studies = new StudyData(table, labels, model.Yi, [.. Enumerable.Range(0, model.Yi.Count).Select(i => model.V[i, i])], null);
            return new MetaAnalysis<MvReport, MvAnalysis>(MvReports.Report(analysis, settings), analysis, studies);
        });
    }

    /// <summary>btt as metafor reads it: 1-based numbers, exact names, or else every name containing the text; null with a diagnostic when one matches nothing.</summary>
    private static List<int>? Btt(IReadOnlyList<string> items, IReadOnlyList<string> names, OptionReader options)
    {
        var set = new SortedSet<int>();
        foreach (var item in items)
        {
            if (int.TryParse(item, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n))
            {
                if (n < 1 || n > names.Count)
                {
                    options.Invalid("btt", $"coefficient {n} does not exist (the model has {names.Count}: 1..{names.Count})");
                    return null;
                }

                set.Add(n - 1);
                continue;
            }

            var exact = names.ToList().IndexOf(item);
            var matches = exact >= 0 ? [exact] : Enumerable.Range(0, names.Count).Where(j => names[j].Contains(item, StringComparison.Ordinal)).ToList();
            if (matches.Count == 0)
            {
                options.Invalid("btt", $"no coefficient is named or contains '{item}' (coefficients: {string.Join(", ", names)})");
                return null;
            }

            set.UnionWith(matches);
        }

        return [.. set];
    }

    private static List<int> SigmaLevels(IReadOnlyList<RandomTerm> terms, RmaMvModel model)
    {
        var counts = new List<int>();
        foreach (var term in terms.Where(t => !t.IsInnerOuter))
        {
            for (int level = 1; level <= term.Nesting.Count; level++)
            {
                counts.Add(Distinct(model, term.Nesting.Take(level)));
            }
        }

        return counts;
    }

    private static List<(int, int)> CorrelatedLevels(IReadOnlyList<RandomTerm> terms, RmaMvModel model) =>
        [.. terms.Where(t => t.IsInnerOuter).Select(t => (Distinct(model, [t.Inner!]), Distinct(model, [t.Outer])))];

    private static int Distinct(RmaMvModel model, IEnumerable<string> factors)
    {
        var columns = factors.Select(f => model.Factors[f]).ToList();
        return Enumerable.Range(0, model.Yi.Count).Select(i => string.Join('\u001f', columns.Select(c => c[i]))).Distinct(StringComparer.Ordinal).Count();
    }
}
