using Spinewise.Evidence.Network;
using static Spinewise.Application.Meta.Text.MetaNumberText;

namespace Spinewise.Application.Meta.Text;

/// <summary>The summary of a network meta-analysis as <see cref="SummaryBlock"/>s: the model, effects vs the reference, ranking, inconsistency and the direct/indirect split.</summary>
public static class NetworkSummary
{
    /// <summary>The network's shape, the reported model (print.rma.mv's layout), effects vs the reference, ranking, inconsistency and split.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>The blocks.</returns>
    public static IReadOnlyList<SummaryBlock> Of(NetworkAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var r = analysis.Result;
        var g = r.Geometry;
        var kind = r.Model == NetworkModel.ArmBased ? "arm-based" : "contrast-based";
        var blocks = new List<SummaryBlock>
        {
            new SummaryLine(SummaryEmphasis.Heading, "Network Meta-Analysis", $" ({kind}; {I(g.Studies)} studies, {I(g.Treatments.Count)} treatments, {I(g.Edges.Count)} direct comparisons, {I(g.MultiArmStudies.Count)} multi-arm {(g.MultiArmStudies.Count == 1 ? "study" : "studies")}; reference: {r.Reference})"),
            SummaryBlank.Instance,
        };
        var fit = analysis.Reported;
        var stats = fit.Options.Method == Evidence.Models.TauSquaredEstimator.ML ? fit.FitML : fit.FitREML;
        blocks.Add(new SummaryTable(["logLik", "Deviance", "AIC", "BIC", "AICc"], [[F(stats.LogLik), F(stats.Deviance), F(stats.Aic), F(stats.Bic), F(stats.Aicc)]]));
        var rows = new List<IReadOnlyList<string>>();
        if (fit.Tau2 is { } t2) rows.Add(["tau^2", F(t2), F(Math.Sqrt(t2)), "no"]);
        if (fit.Rho is { } rho) rows.Add(["rho", F(rho), "", "yes"]);
        if (fit.Gamma2 is { } g2) rows.Add(["gamma^2", F(g2), F(Math.Sqrt(Math.Max(g2, 0))), "no"]);
        if (fit.Phi is { } phi) rows.Add(["phi", F(phi), "", "yes"]);
        if (rows.Count > 0)
        {
            blocks.Add(new SummaryLine(SummaryEmphasis.Heading, "Variance Components:", ""));
            blocks.Add(new SummaryTable(["", "estim", "sqrt", "fixed"], rows));
        }

        blocks.Add(new SummaryLine(SummaryEmphasis.Heading, "Test for Residual Heterogeneity:", ""));
        blocks.Add(SummaryLine.Plain($"QE(df = {I(fit.QEdf)}) = {F(fit.QE)}, p-val {PLabel(fit.QEp)}"));
        blocks.Add(SummaryBlank.Instance);
        blocks.Add(new SummaryLine(SummaryEmphasis.Heading, $"Treatment effects vs {r.Reference}", r.Measure is { } m ? $" ({m}):" : ":"));
        blocks.Add(new SummaryTable(["", "estimate", "se", "ci.lb", "ci.ub", "pi.lb", "pi.ub"],
            [.. r.Effects.Select(e => (IReadOnlyList<string>)[e.Treatment1, F(e.Pred), F(e.Se), F(e.CiLb), F(e.CiUb), F(e.PiLb), F(e.PiUb)])]));
        blocks.Add(new SummaryLine(SummaryEmphasis.Heading, "Ranking", analysis.Result.Ranking.Count > 0 ? ":" : ""));
        blocks.Add(new SummaryTable(["", "P-score", "SUCRA", "mean rank"],
            [.. r.Ranking.Select(x => (IReadOnlyList<string>)[x.Treatment, F(x.PScore), F(x.Sucra), F(x.MeanRank, 2)])]));
        if (r.Inconsistency is { } inc)
        {
            blocks.Add(new SummaryLine(SummaryEmphasis.Heading, "Inconsistency:", ""));
            blocks.Add(inc.Df == 0
                ? SummaryLine.Plain("The network cannot be inconsistent (no loops of independent evidence).")
                : SummaryLine.Plain($"Design-by-treatment interaction: QM(df = {I(inc.Df)}) = {F(inc.QM)}, p-val {PLabel(inc.QMp)}"));
            blocks.Add(SummaryLine.Plain($"Q_total(df = {I(inc.QTotalDf)}) = {F(inc.QTotal)} = Q_heterogeneity(df = {I(inc.QHeterogeneityDf)}) {F(inc.QHeterogeneity)} + Q_inconsistency {F(inc.QInconsistency)}"));
            if (inc.RandomModel.Gamma2 is { } gamma) blocks.Add(SummaryLine.Plain($"Random inconsistency model (~ comp | design, phi = 1/2): gamma^2 = {F(gamma)}"));
            blocks.Add(SummaryBlank.Instance);
        }

        if (r.Split.Count > 0)
        {
            blocks.Add(new SummaryLine(SummaryEmphasis.Heading, "Direct and indirect evidence (back-calculation):", ""));
            blocks.Add(new SummaryTable(["comparison", "studies", "network", "direct", "indirect", "difference", "pval"],
                [.. r.Split.Select(s => (IReadOnlyList<string>)[$"{s.Treatment1} - {s.Treatment2}", I(s.Studies), F(s.Network), F(s.Direct), F(s.Indirect), F(s.Difference), P(s.P)])]));
        }

        if (r.Regression is { } reg)
        {
            blocks.Add(new SummaryLine(SummaryEmphasis.Heading, $"Network meta-regression on {reg.Moderator}", reg.Levels is { } levels
                ? $" (treatment effects at {reg.Moderator} = {levels[0]}, and their change at {string.Join(", ", levels.Skip(1))}):"
                : " (treatment effects at " + reg.Moderator + " = 0, and their change per unit):"));
            blocks.Add(new SummaryTable(["", "estimate", "se", "pval", "ci.lb", "ci.ub"],
                [.. reg.Fit.CoefNames.Select((n, j) => (IReadOnlyList<string>)[n, F(reg.Fit.Beta[j]), F(reg.Fit.Se[j]), P(reg.Fit.Pval[j]), F(reg.Fit.CiLb[j]), F(reg.Fit.CiUb[j])])]));
            blocks.Add(SummaryLine.Plain($"Test of the moderator (every interaction = 0): QM(df = {I(reg.Test.QMdf1)}) = {F(reg.Test.QM)}, p-val {PLabel(reg.Test.QMp)}"));
            blocks.Add(SummaryBlank.Instance);
        }

        if (analysis.Subgroups is { } sg)
        {
            foreach (var (label, outcome) in sg.Groups)
            {
                if (outcome.Result is { } gr)
                {
                    blocks.Add(new SummaryLine(SummaryEmphasis.Heading, $"Subgroup {analysis.SubgroupColumn} = {label}", $" ({I(gr.Geometry.Studies)} studies), vs {gr.Reference}:"));
                    blocks.Add(new SummaryTable(["", "estimate", "se", "ci.lb", "ci.ub"],
                        [.. gr.Effects.Select(e => (IReadOnlyList<string>)[e.Treatment1, F(e.Pred), F(e.Se), F(e.CiLb), F(e.CiUb)])]));
                }
                else
                {
                    blocks.Add(new SummaryLine(SummaryEmphasis.Warning, $"Subgroup {analysis.SubgroupColumn} = {label}:", " not fitted: " + string.Join("; ", outcome.Diagnostics.Select(d => d.Message))));
                }
            }

            blocks.Add(sg.Difference is { } diff
                ? SummaryLine.Plain($"Test of subgroup differences ({string.Join(", ", diff.Treatments)}): QM(df = {I(diff.Df)}) = {F(diff.QM)}, p-val {PLabel(diff.QMp)}")
                : SummaryLine.Plain("Test of subgroup differences: not possible (fewer than two subgroups fitted, or no treatment they share)"));
            blocks.Add(SummaryBlank.Instance);
        }

        if (analysis.Confint is { } ci) blocks.AddRange(MvSummary.Confint(ci));
        blocks.AddRange(r.Warnings.Select(w => new SummaryLine(SummaryEmphasis.Warning, "Warning:", " " + (w.Row >= 0 ? $"row {I(w.Row + 1)}: " : "") + w.Message)));
        blocks.AddRange(analysis.Notes.Select(n => new SummaryLine(SummaryEmphasis.Note, "", "Note: " + n)));
        return blocks;
    }
}
