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
        cmp.Exact("type", res.Type.ToString());
        cmp.Scalar("fsnum", res.FsNum, Tolerance.ClosedForm);
        cmp.Scalar("alpha", res.Alpha, Tolerance.ClosedForm);
        cmp.Scalar("pval", res.Pval, Tolerance.ClosedForm);
        cmp.Scalar("meanes", res.MeanEs, Tolerance.ClosedForm);
        cmp.Scalar("target", res.Target, Tolerance.ClosedForm);
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
        cmp.Array("estimate", res.Estimate, tol);
        cmp.Array("se", res.Se, tol);
        cmp.Array(e.ContainsKey("tval") ? "tval" : "zval", res.Zval, tol);
        cmp.Array("pval", res.Pval, tol);
        cmp.Array("ci.lb", res.CiLb, tol);
        cmp.Array("ci.ub", res.CiUb, tol);
        cmp.Array("Q", res.Q, Tolerance.ClosedForm);
        cmp.Array("Qp", res.Qp, Tolerance.ClosedForm);
        cmp.Array("tau2", res.Tau2, tol);
        cmp.Array("I2", res.I2, tol);
        cmp.Array("H2", res.H2, tol);
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
