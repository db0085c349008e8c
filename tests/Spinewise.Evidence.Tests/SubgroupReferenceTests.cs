using System.Text.Json.Nodes;
using Spinewise.Evidence.Models;
using Spinewise.Evidence.Tests.Reference;

namespace Spinewise.Evidence.Tests;

public sealed class SubgroupReferenceTests
{
    public static TheoryData<string> Cases => ReferenceCases.Ids("subgroup");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Subgroups_match_metafor(string id)
    {
        var c = ReferenceCases.Get(id);
        var input = c["input"]!.AsObject();
        var e = c["expected"]!.AsObject();
        var options = CaseInputs.RmaOptions(input);
        var res = SubgroupAnalysis.Run(Json.Arr(input["yi"]), Json.Arr(input["vi"]), Json.Strs(input["group"]), options);
        var cmp = new Comparer(id);
        bool iterative = options.Method is TauSquaredEstimator.REML or TauSquaredEstimator.ML or TauSquaredEstimator.EB or TauSquaredEstimator.PM;
        var tol = iterative ? Tolerance.Iterative : Tolerance.ClosedForm;
        var groups = e["groups"]!.AsObject();
        cmp.Value("groups.count", res.Groups.Count, groups.Count, Tolerance.ClosedForm);
        foreach (var g in res.Groups)
        {
            var x = groups[g.Level]!;
            var f = g.Fit;
            foreach (var (name, v) in new[] { ("k", (double)f.K), ("beta", f.Beta[0]), ("se", f.Se[0]), ("zval", f.Zval[0]), ("pval", f.Pval[0]),
                         ("ci.lb", f.CiLb[0]), ("ci.ub", f.CiUb[0]), ("tau2", f.Tau2), ("se.tau2", f.SeTau2), ("I2", f.I2), ("H2", f.H2),
                         ("QE", f.QE), ("QEdf", f.QEdf), ("QEp", f.QEp), ("pi.lb", g.Prediction.PiLb[0]), ("pi.ub", g.Prediction.PiUb[0]) })
            {
                if (x[name] is not null || x.AsObject().ContainsKey(name)) cmp.Scalar($"{g.Level}.{name}", v, x[name], tol);
            }
        }
        var t = e["test_subgroup_differences"]!;
        cmp.Scalar("test.QM", res.TestOfDifferences.QM, t["QM"], tol);
        cmp.Scalar("test.QMp", res.TestOfDifferences.QMp, t["QMp"], tol);
        cmp.Scalar("test.QMdf", res.TestOfDifferences.QMdf1, ((JsonArray)t["QMdf"]!)[0], Tolerance.ClosedForm);
        cmp.Scalar("test.QE", res.TestOfDifferences.QE, t["QE"], Tolerance.ClosedForm);
        cmp.Scalar("test.QEp", res.TestOfDifferences.QEp, t["QEp"], Tolerance.ClosedForm);
        RmaReferenceTests.CompareModel(cmp, res.PooledTau2Model, e["pooled_tau2_model"]!.AsObject(), tol, "pooled.");
        RmaReferenceTests.CompareModel(cmp, res.Overall, e["overall"]!.AsObject(), tol, "overall.");
        cmp.AssertAll();
    }
}
