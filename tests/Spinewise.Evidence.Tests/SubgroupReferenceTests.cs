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
        var res = SubgroupAnalysis.Run(Json.Arr(input["yi"]), Json.Arr(input["vi"]), Json.Strs(input["group"]), options, $"factor({Json.S(input["group_column"])})");
        var cmp = new Comparer(id);
        bool iterative = options.Method is TauSquaredEstimator.REML or TauSquaredEstimator.ML or TauSquaredEstimator.EB or TauSquaredEstimator.PM;
        var tol = iterative ? Tolerance.Iterative : Tolerance.ClosedForm;
        var groups = e["groups"]!.AsObject();
        res.Groups.Select(g => g.Level).Order(StringComparer.Ordinal).ShouldBe(groups.Select(g => g.Key).Order(StringComparer.Ordinal), id);
        foreach (var g in res.Groups)
        {
            var f = g.Fit;
            foreach (var (name, v) in new[] { ("k", (double)f.K), ("beta", f.Beta[0]), ("se", f.Se[0]), ("zval", f.Zval[0]), ("pval", f.Pval[0]),
                         ("ci.lb", f.CiLb[0]), ("ci.ub", f.CiUb[0]), ("tau2", f.Tau2), ("se.tau2", f.SeTau2), ("I2", f.I2), ("H2", f.H2),
                         ("QE", f.QE), ("QEdf", f.QEdf), ("QEp", f.QEp), ("pi.lb", g.Prediction.PiLb[0]), ("pi.ub", g.Prediction.PiUb[0]) })
            {
                if (cmp.Has($"groups/{g.Level}/{name}")) cmp.Scalar($"groups/{g.Level}/{name}", v, tol);
            }
        }
        RmaReferenceTests.CompareModel(cmp, res.TestOfDifferences, tol, "test_subgroup_differences/");
        RmaReferenceTests.CompareModel(cmp, res.PooledTau2Model, tol, "pooled_tau2_model/");
        RmaReferenceTests.CompareModel(cmp, res.Overall, tol, "overall/");
        cmp.AssertAll();
    }
}
