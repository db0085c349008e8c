using Spinewise.Evidence.Common;
using Spinewise.Evidence.Models;
using Spinewise.Evidence.Multivariate;

namespace Spinewise.Evidence.Tests.Multivariate;

/// <summary>Bad input to rma.mv: every problem is a diagnostic with a code and a row/field, and Fit stops with a MetaAnalysisException.</summary>
public sealed class RmaMvInputTests
{
    private static RmaMvModel Small(IReadOnlyList<IReadOnlyList<double>>? v = null, ModelMatrix? x = null, string?[]? study = null) => new()
    {
        Yi = [0.1, 0.3, -0.2, 0.5],
        V = v is null ? SamplingCovariance.FromVariances([0.01, 0.02, 0.015, 0.03]) : SamplingCovariance.FromMatrix(v),
        X = x,
        Random = [RandomTerm.Intercepts("study")],
        Factors = new Dictionary<string, IReadOnlyList<string?>> { ["study"] = study ?? ["a", "a", "b", "c"] },
    };

    private static DataDiagnostic Single(RmaMvModel model, string code)
    {
        var problems = RmaMv.Validate(model);
        var ex = Should.Throw<MetaAnalysisException>(() => RmaMv.Fit(model));
        var d = problems.ShouldHaveSingleItem();
        d.Code.ShouldBe(code);
        ex.Message.ShouldContain(code);
        return d;
    }

    [Fact]
    public void Validate_GoodModel_NoDiagnostics()
    {
        RmaMv.Validate(Small()).ShouldBeEmpty();
        RmaMv.Fit(Small()).Blocks.ShouldBe(3);
    }

    [Fact]
    public void Fit_NoRows_ReportsEmpty()
    {
        var model = Small() with { Yi = [], V = SamplingCovariance.FromVariances([]), Factors = new Dictionary<string, IReadOnlyList<string?>> { ["study"] = [] } };
        Single(model, "MV_EMPTY").Column.ShouldBe("yi");
    }

    [Fact]
    public void Fit_VWrongSize_ReportsSize()
    {
        Single(Small() with { V = SamplingCovariance.FromVariances([0.01, 0.02]) }, "MV_SIZE").Column.ShouldBe("vi");
    }

    [Fact]
    public void Fit_XWrongRows_ReportsSize()
    {
        var x = new ModelMatrix(["intrcpt"], [[1.0, 1.0]]);
        Single(Small(x: x), "MV_SIZE").Column.ShouldBe("X");
    }

    [Fact]
    public void Fit_NonPositiveDefiniteV_NamesTheBlockRows()
    {
        IReadOnlyList<IReadOnlyList<double>> v = [[0.01, 0.02, 0, 0], [0.02, 0.02, 0, 0], [0, 0, 0.015, 0], [0, 0, 0, 0.03]];
        var d = Single(Small(v), "MV_V_NOT_PD");
        d.Row.ShouldBe(0);
        d.Message.ShouldContain("rows 1, 2");
    }

    [Fact]
    public void Fit_AsymmetricV_NamesTheEntry()
    {
        IReadOnlyList<IReadOnlyList<double>> v = [[0.01, 0.002, 0, 0], [0.001, 0.02, 0, 0], [0, 0, 0.015, 0], [0, 0, 0, 0.03]];
        Single(Small(v), "MV_V_ASYMMETRIC").Message.ShouldContain("V[1, 2]");
    }

    [Fact]
    public void Fit_NegativeVariance_NamesTheRow()
    {
        var d = Single(Small() with { V = SamplingCovariance.FromVariances([0.01, -0.02, 0.015, 0.03]) }, "MV_V_VALUE");
        d.Row.ShouldBe(1);
        d.Message.ShouldContain("row 2");
    }

    [Fact]
    public void Fit_SingularX_NamesTheColumn()
    {
        var x = new ModelMatrix(["intrcpt", "a", "b"], [[1.0, 1, 1, 1], [1.0, 0, 1, 0], [0.0, 1, 0, 1]]);
        Single(Small(x: x), "MV_X_SINGULAR").Column.ShouldBe("b");
    }

    [Fact]
    public void Fit_MissingFactorLevel_NamesTheRow()
    {
        var d = Single(Small(study: ["a", null, "b", "c"]), "MV_FACTOR_MISSING");
        d.Row.ShouldBe(1);
        d.Column.ShouldBe("study");
    }

    [Fact]
    public void Fit_UnknownFactor_NamesIt()
    {
        Single(Small() with { Random = [RandomTerm.Intercepts("district", "school")], Factors = new Dictionary<string, IReadOnlyList<string?>> { ["district"] = ["a", "a", "b", "c"] } }, "MV_FACTOR")
            .Column.ShouldBe("school");
    }

    [Fact]
    public void Fit_NonFiniteYi_NamesTheRow()
    {
        Single(Small() with { Yi = [0.1, double.NaN, -0.2, 0.5] }, "MV_YI").Row.ShouldBe(1);
    }

    [Fact]
    public void Fit_TooManyParameters_Reported()
    {
        var x = new ModelMatrix(["intrcpt", "a", "b", "c"], [[1.0, 1, 1, 1], [1.0, 0, 0, 0], [0.0, 1, 0, 0], [0.0, 0, 1, 0]]);
        Single(Small(x: x), "MV_TOO_MANY_PARAMETERS");
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsEach()
    {
        var model = Small(study: ["a", null, "b", "c"]) with { Yi = [double.PositiveInfinity, 0.3, -0.2, 0.5], V = SamplingCovariance.FromVariances([0.01, 0.02, 0, 0.03]) };
        RmaMv.Validate(model).Select(d => d.Code).Order(StringComparer.Ordinal).ShouldBe(["MV_FACTOR_MISSING", "MV_V_VALUE", "MV_YI"]);
    }

    [Fact]
    public void Fit_UnsupportedMethod_IsACallerError()
    {
        Should.Throw<ArgumentException>(() => RmaMv.Fit(Small(), new RmaMvOptions { Method = TauSquaredEstimator.DL }));
    }

    [Fact]
    public void Fit_ThreeInnerOuterTerms_Reported()
    {
        var factors = new Dictionary<string, IReadOnlyList<string?>> { ["comp"] = ["x", "y", "x", "y"], ["study"] = ["a", "a", "b", "c"] };
        var model = Small() with { Random = [RandomTerm.CompoundSymmetry("comp", "study", 0.5), RandomTerm.CompoundSymmetry("comp", "study", 0.5), RandomTerm.CompoundSymmetry("comp", "study", 0.5)], Factors = factors };
        Single(model, "MV_RANDOM").Column.ShouldBe("random");
    }

    [Fact]
    public void Wald_BadIndices_IsACallerError()
    {
        var fit = RmaMv.Fit(Small());
        Should.Throw<ArgumentException>(() => RmaMv.Wald(fit, [1]));
        Should.Throw<ArgumentException>(() => RmaMv.Wald(fit, []));
    }

    [Fact]
    public void Predict_WrongRowLength_IsACallerError()
    {
        var fit = RmaMv.Fit(Small());
        Should.Throw<ArgumentException>(() => RmaMv.Predict(fit, [[1.0, 2.0]]));
    }

    [Fact]
    public void Fit_RowInNoBlockOfV_NamesTheRow()
    {
        var v = SamplingCovariance.FromBlocks(4, [new CovarianceBlock([0, 1], [[0.01, 0.002], [0.002, 0.02]]), new CovarianceBlock([3], [[0.03]])]);
        var d = Single(Small() with { V = v }, "MV_V_VALUE");
        d.Row.ShouldBe(2);
    }

    [Fact]
    public void FromBlocks_RowTwice_IsACallerError()
    {
        Should.Throw<ArgumentException>(() => SamplingCovariance.FromBlocks(3, [new CovarianceBlock([0, 1], [[1.0, 0], [0, 1]]), new CovarianceBlock([1], [[1.0]])]));
        Should.Throw<ArgumentException>(() => SamplingCovariance.FromBlocks(3, [new CovarianceBlock([0, 1], [[1.0, 0]])]));
    }
}
