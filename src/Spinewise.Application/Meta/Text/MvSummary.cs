using Spinewise.Evidence.Models;
using Spinewise.Evidence.Multivariate;
using static Spinewise.Application.Meta.Text.MetaNumberText;

namespace Spinewise.Application.Meta.Text;

/// <summary>The summary of an rma.mv fit as <see cref="SummaryBlock"/>s, in the order and words of metafor's print.rma.mv.</summary>
public static class MvSummary
{
    /// <summary>Model line, fit statistics, variance components, heterogeneity and moderator tests, coefficients, the pooled estimate.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>The blocks.</returns>
    public static IReadOnlyList<SummaryBlock> Of(MvAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var fit = analysis.Fit;
        var o = fit.Options;
        var blocks = new List<SummaryBlock>
        {
            new SummaryLine(SummaryEmphasis.Heading, "Multivariate Meta-Analysis Model", $" (k = {I(fit.K)}; method: {o.Method})"),
            SummaryBlank.Instance,
        };
        var stats = o.Method == TauSquaredEstimator.ML ? fit.FitML : fit.FitREML;
        blocks.Add(new SummaryTable(["logLik", "Deviance", "AIC", "BIC", "AICc"], [[F(stats.LogLik), F(stats.Deviance), F(stats.Aic), F(stats.Bic), F(stats.Aicc)]]));
        if (analysis.Random.Count > 0) blocks.AddRange(Components(analysis));
        bool intercept = fit.X.IsInterceptOnly;
        blocks.Add(new SummaryLine(SummaryEmphasis.Heading, intercept ? "Test for Heterogeneity:" : "Test for Residual Heterogeneity:", ""));
        blocks.Add(SummaryLine.Plain($"Q{(intercept ? "" : "E")}(df = {I(fit.QEdf)}) = {F(fit.QE)}, p-val {PLabel(fit.QEp)}"));
        blocks.Add(SummaryBlank.Instance);
        if (!intercept)
        {
            int first = fit.X.HasIntercept ? 2 : 1;
            blocks.AddRange(Test(first == fit.P ? I(first) : $"{I(first)}:{I(fit.P)}", fit.QM, fit.QMdf1, fit.QMdf2, fit.QMp));
        }

        if (analysis.Anova is { } w) blocks.AddRange(Test(Range(w.Btt), w.QM, w.QMdf1, w.QMdf2, w.QMp));
        blocks.Add(new SummaryLine(SummaryEmphasis.Heading, "Model Results:", ""));
        blocks.Add(Coefficients(fit));
        if (analysis.Prediction is { } p)
        {
            var pi = double.IsNaN(p.PiLb[0]) ? "" : $", prediction interval [{F(p.PiLb[0])}, {F(p.PiUb[0])}]";
            blocks.Add(SummaryLine.Plain($"Pooled estimate: {F(p.Pred[0])} [{F(p.CiLb[0])}, {F(p.CiUb[0])}]{pi}"));
            blocks.Add(SummaryBlank.Instance);
        }

        if (analysis.Confint is { } ci) blocks.AddRange(Confint(ci));
        return blocks;
    }

    /// <summary>metafor's print of confint(res): one table per component, ci.lb and ci.ub prefixed by lb.sign and ub.sign; then the notes.</summary>
    internal static List<SummaryBlock> Confint(IReadOnlyList<MvProfileComponent> ci)
    {
        var blocks = new List<SummaryBlock> { new SummaryLine(SummaryEmphasis.Heading, "Profile Likelihood CIs of the Variance Components:", "") };
        foreach (var c in ci)
        {
            blocks.Add(new SummaryTable(["", "estimate", "ci.lb", "ci.ub"], [.. c.Rows.Select(r => (IReadOnlyList<string>)[r.Name, F(r.Estimate), r.LowerSign + F(r.CiLb), r.UpperSign + F(r.CiUb)])]));
            blocks.Add(SummaryBlank.Instance);
        }

        blocks.AddRange(ci.SelectMany(c => c.Notes).Select(n => new SummaryLine(SummaryEmphasis.Note, "", "Note: " + n)));
        return blocks;
    }

    private static List<SummaryBlock> Components(MvAnalysis a)
    {
        var fit = a.Fit;
        var blocks = new List<SummaryBlock> { new SummaryLine(SummaryEmphasis.Heading, "Variance Components:", "") };
        if (fit.Sigma2.Count > 0)
        {
            var rows = new List<IReadOnlyList<string>>();
            for (int i = 0; i < fit.Sigma2.Count; i++)
            {
                var levels = i < a.SigmaLevels.Count ? I(a.SigmaLevels[i]) : "";
                rows.Add([$"sigma^2.{I(i + 1)}", F(fit.Sigma2[i]), F(Math.Sqrt(fit.Sigma2[i])), levels, "no", fit.Sigma2Names[i]]);
            }

            blocks.Add(new SummaryTable(["", "estim", "sqrt", "nlvls", "fixed", "factor"], rows));
        }

        var correlated = a.Random.Where(t => t.IsInnerOuter).ToList();
        var values = new[] { ("tau^2", "rho", fit.Tau2, fit.Rho), ("gamma^2", "phi", fit.Gamma2, fit.Phi) };
        for (int c = 0; c < correlated.Count && c < 2; c++)
        {
            var (varName, corName, variance, cor) = values[c];
            if (variance is not { } v || cor is not { } r) continue;
            var term = correlated[c];
            var (inner, outer) = c < a.CorrelatedLevels.Count ? a.CorrelatedLevels[c] : (0, 0);
            blocks.Add(SummaryLine.Plain($"outer factor: {term.Outer} (nlvls = {I(outer)})"));
            blocks.Add(SummaryLine.Plain($"inner factor: {term.Inner} (nlvls = {I(inner)})"));
            blocks.Add(new SummaryTable(["", "estim", "sqrt", "fixed"],
                [[varName, F(v), F(Math.Sqrt(v)), "no"], [corName, F(r), "", term.FixedCorrelation is null ? "no" : "yes"]]));
        }

        return blocks;
    }

    private static SummaryBlock[] Test(string coefficients, double qm, int df1, double df2, double p)
    {
        var stat = double.IsNaN(df2) ? $"QM(df = {I(df1)})" : $"F(df1 = {I(df1)}, df2 = {Df(df2)})";
        return
        [
            new SummaryLine(SummaryEmphasis.Heading, $"Test of Moderators (coefficient{(coefficients.Contains(':', StringComparison.Ordinal) || coefficients.Contains(',', StringComparison.Ordinal) ? "s" : "")} {coefficients}):", ""),
            SummaryLine.Plain($"{stat} = {F(qm)}, p-val {PLabel(p)}"),
            SummaryBlank.Instance,
        ];
    }

    /// <summary>1-based coefficient numbers as R prints them: a run as a:b, otherwise a list.</summary>
    private static string Range(IReadOnlyList<int> btt)
    {
        bool run = btt.Zip(btt.Skip(1)).All(x => x.Second == x.First + 1);
        return btt.Count == 1 ? I(btt[0] + 1) : run ? $"{I(btt[0] + 1)}:{I(btt[^1] + 1)}" : string.Join(",", btt.Select(j => I(j + 1)));
    }

    private static SummaryTable Coefficients(RmaMvResult fit)
    {
        var stat = fit.Options.Test == TestType.Z ? "zval" : "tval";
        var rows = new List<IReadOnlyList<string>>();
        for (int j = 0; j < fit.P; j++)
        {
            rows.Add([fit.CoefNames[j], F(fit.Beta[j]), F(fit.Se[j]), F(fit.Zval[j]), P(fit.Pval[j]), F(fit.CiLb[j]), F(fit.CiUb[j]), Stars(fit.Pval[j])]);
        }

        return new SummaryTable(["", "estimate", "se", stat, "pval", "ci.lb", "ci.ub", ""], rows);
    }
}
