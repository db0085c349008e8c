using Spinewise.Application.Meta.Contracts;
using Spinewise.Evidence.Models;
using Spinewise.Evidence.Multivariate;
using static Spinewise.Application.Meta.MetaNumber;

namespace Spinewise.Application.Meta.Internal;

/// <summary>Maps rma.mv fits to their contract, in the keys and shapes of the metafor reference cases.</summary>
internal static class MvReports
{
    public static MvReport Report(MvAnalysis a, MvSettings settings) => new(Model(a.Fit, a.Prediction, a.SigmaLevels, a.CorrelatedLevels, settings.Struct))
    {
        Settings = settings,
        Anova = a.Anova is { } w ? new MvAnovaReport
        {
            Btt = [.. w.Btt.Select(j => j + 1)], CoefNames = [.. w.Btt.Select(j => a.Fit.CoefNames[j])], QM = w.QM, QMdf = [w.QMdf1, w.QMdf2], QMp = w.QMp,
        } : null,
        Confint = a.Confint is { } ci ? Confint(ci, a.Fit.Options.Level) : null,
    };

    public static MvConfintReport Confint(IReadOnlyList<MvProfileComponent> ci, double level) => new()
    {
        Level = level,
        Random = ci.SelectMany(c => c.Rows).ToDictionary(
            r => r.Name,
            r => new MvConfintRowReport { Estimate = r.Estimate, CiLb = r.CiLb, CiUb = r.CiUb, LbSign = r.LowerSign, UbSign = r.UpperSign },
            StringComparer.Ordinal),
        Notes = [.. ci.SelectMany(c => c.Notes)],
    };

    /// <summary>The fit's keys; <paramref name="sigmaLevels"/> and <paramref name="correlatedLevels"/> may be empty when not known.</summary>
    public static MvModelReport Model(
        RmaMvResult fit, RmaPrediction? prediction, IReadOnlyList<int> sigmaLevels, IReadOnlyList<(int Inner, int Outer)> correlatedLevels, string structure)
    {
        bool t = fit.Options.Test == TestType.T;
        bool g = fit.Tau2 is not null, h = fit.Gamma2 is not null;
        return new MvModelReport
        {
            K = fit.K, P = fit.P, Method = fit.Options.Method.ToString(), Test = t ? "t" : "z",
            Alpha = fit.Options.Alpha, CoefNames = [.. fit.CoefNames], Beta = List(fit.Beta), Se = List(fit.Se),
            Zval = t ? null : List(fit.Zval), Tval = t ? List(fit.Zval) : null, Pval = List(fit.Pval), CiLb = List(fit.CiLb), CiUb = List(fit.CiUb),
            Ddf = t ? One(fit.Ddf) : null, Vb = [.. fit.Vb.Select(List)],
            Sigma2 = fit.Sigma2.Count > 0 ? List(fit.Sigma2) : null,
            Sigma2Names = fit.Sigma2.Count > 0 ? [.. fit.Sigma2Names] : null,
            SigmaLevels = fit.Sigma2.Count > 0 && sigmaLevels.Count == fit.Sigma2.Count ? [.. sigmaLevels] : null,
            Tau2 = g ? One(fit.Tau2!.Value) : null, Rho = g ? One(fit.Rho!.Value) : null, GStruct = g ? structure : null,
            GLevels = g && correlatedLevels.Count > 0 ? [correlatedLevels[0].Inner, correlatedLevels[0].Outer] : null,
            Gamma2 = h ? One(fit.Gamma2!.Value) : null, Phi = h ? One(fit.Phi!.Value) : null, HStruct = h ? structure : null,
            HLevels = h && correlatedLevels.Count > 1 ? [correlatedLevels[1].Inner, correlatedLevels[1].Outer] : null,
            QE = fit.QE, QEdf = fit.QEdf, QEp = fit.QEp, QM = fit.QM, QMdf = [fit.QMdf1, fit.QMdf2], QMp = fit.QMp,
            FitStats = RmaReports.FitStats(fit.FitML, fit.FitREML),
            Predict = prediction is { } p ? Predict(p, Equal(fit)) : null,
            Parms = fit.Parms, Blocks = fit.Blocks, Converged = fit.Converged, Iterations = fit.Iterations,
        };
    }

    /// <summary>Whether the model has no variance component (fitted as EE): no prediction interval then.</summary>
    public static bool Equal(RmaMvResult fit) => fit.Options.IsEqualEffects || (fit.Sigma2.Count == 0 && fit.Tau2 is null && fit.Gamma2 is null);

    private static PredictionReport Predict(RmaPrediction p, bool equal) => new()
    {
        Pred = List(p.Pred), Se = List(p.Se), CiLb = List(p.CiLb), CiUb = List(p.CiUb),
        PiLb = equal ? null : List(p.PiLb), PiUb = equal ? null : List(p.PiUb),
    };
}
