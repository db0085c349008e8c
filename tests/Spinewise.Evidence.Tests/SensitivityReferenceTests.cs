using System.Globalization;
using Spinewise.Evidence.Models;
using Spinewise.Evidence.Sensitivity;
using Spinewise.Evidence.Tests.Reference;

namespace Spinewise.Evidence.Tests;

public sealed class SensitivityReferenceTests
{
    public static TheoryData<string> FsnCases => ReferenceCases.Ids("fsn");

    public static TheoryData<string> LeaveOneOutCases => ReferenceCases.Ids("leave1out");

    [Theory]
    [MemberData(nameof(FsnCases))]
    public void FailSafeN_matches_metafor(string id)
    {
        var c = ReferenceCases.Get(id);
        var input = c["input"]!.AsObject();
        var e = c["expected"]!;
        var type = Enum.Parse<FailSafeType>(Json.S(input["type"])!);
        var res = FailSafeN.Compute(Json.Arr(input["yi"]), Json.Arr(input["vi"]), type, Json.D(input["alpha"]),
            ParseTarget(Json.S(input["target"])), input["weighted"]!.GetValue<bool>());
        var cmp = new Comparer(id);
        cmp.Scalar("fsnum", res.FsNum, e["fsnum"], Tolerance.ClosedForm);
        cmp.Scalar("alpha", res.Alpha, e["alpha"], Tolerance.ClosedForm);
        cmp.Scalar("pval", res.Pval, e["pval"], Tolerance.ClosedForm);
        cmp.Scalar("meanes", res.MeanEs, e["meanes"], Tolerance.ClosedForm);
        cmp.Scalar("target", res.Target, e["target"], Tolerance.ClosedForm);
        cmp.AssertAll();
    }

    [Theory]
    [MemberData(nameof(LeaveOneOutCases))]
    public void LeaveOneOut_matches_metafor(string id)
    {
        var c = ReferenceCases.Get(id);
        var input = c["input"]!.AsObject();
        var e = c["expected"]!.AsObject();
        var options = CaseInputs.RmaOptions(input);
        var res = LeaveOneOut.Compute(Rma.Fit(Json.Arr(input["yi"]), Json.Arr(input["vi"]), options));
        bool iterative = options.Method is TauSquaredEstimator.REML or TauSquaredEstimator.ML or TauSquaredEstimator.EB or TauSquaredEstimator.PM;
        var tol = iterative ? Tolerance.Iterative : Tolerance.ClosedForm;
        var cmp = new Comparer(id);
        cmp.Array("estimate", res.Estimate, e["estimate"], tol);
        cmp.Array("se", res.Se, e["se"], tol);
        cmp.Array(e.ContainsKey("tval") ? "tval" : "zval", res.Zval, e[e.ContainsKey("tval") ? "tval" : "zval"], tol);
        cmp.Array("pval", res.Pval, e["pval"], tol);
        cmp.Array("ci.lb", res.CiLb, e["ci.lb"], tol);
        cmp.Array("ci.ub", res.CiUb, e["ci.ub"], tol);
        cmp.Array("Q", res.Q, e["Q"], Tolerance.ClosedForm);
        cmp.Array("Qp", res.Qp, e["Qp"], Tolerance.ClosedForm);
        cmp.Array("tau2", res.Tau2, e["tau2"], tol);
        cmp.Array("I2", res.I2, e["I2"], tol);
        cmp.Array("H2", res.H2, e["H2"], tol);
        cmp.AssertAll();
    }

    private static double? ParseTarget(string? s)
    {
        if (s is null || s == "default") return null;
        if (s.StartsWith("log(", StringComparison.Ordinal) && s.EndsWith(')'))
            return Math.Log(double.Parse(s[4..^1], CultureInfo.InvariantCulture));
        return double.Parse(s, CultureInfo.InvariantCulture);
    }
}
