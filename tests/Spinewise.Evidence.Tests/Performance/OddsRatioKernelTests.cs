using Spinewise.Evidence.EffectSizes;

namespace Spinewise.Evidence.Tests.Performance;

/// <summary>The fused OR kernel gives what the general 2×2 code gives, under every zero-cell rule.</summary>
public sealed class OddsRatioKernelTests
{
    public static TheoryData<ZeroCellRule, double?, bool> Rules()
    {
        var data = new TheoryData<ZeroCellRule, double?, bool>();
        foreach (var to in Enum.GetValues<ZeroCellRule>())
        {
            foreach (var add in new double?[] { null, 0, 1 })
            {
                data.Add(to, add, false);
                data.Add(to, add, true);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Compute_TablesWithZerosAndMissingCells_EqualsGeneralPath(ZeroCellRule to, double? add, bool drop00)
    {
        // Given tables with zero cells, double-zero rows, all-zero rows and missing cells, of a length that is not a multiple of 4
        var data = Tables(403, seed: 11);
        var options = new EscalcOptions { To = to, Add = add, Drop00 = drop00 };

        var fused = Escalc.Compute(EffectMeasure.OR, data, options);
        var general = General(data, options);

        fused.Warnings.ShouldBe(general.Warnings);
        for (int i = 0; i < data.Ai!.Count; i++)
        {
            Same(fused.Yi[i], general.Yi[i], $"yi[{i}]");
            Same(fused.Vi[i], general.Vi[i], $"vi[{i}]");
        }
    }

    [Fact]
    public void Compute_RowsSplitOverCores_EqualsGeneralPath()
    {
        // Given more rows than the kernel splits over the cores, of a length that is not a multiple of 4
        var data = Tables(OddsRatioKernel.ParallelRows + 4003, seed: 5);

        var fused = Escalc.Compute(EffectMeasure.OR, data, EscalcOptions.Default);
        var general = General(data, EscalcOptions.Default);

        fused.Warnings.ShouldBe(general.Warnings);
        for (int i = 0; i < data.Ai!.Count; i++)
        {
            Same(fused.Yi[i], general.Yi[i], $"yi[{i}]");
            Same(fused.Vi[i], general.Vi[i], $"vi[{i}]");
        }
    }

    [Fact]
    public void Compute_NegativeCountInTheLastPart_FallsBackWithDiagnostics()
    {
        var data = Tables(OddsRatioKernel.ParallelRows + 11, seed: 3);
        int late = data.Ai!.Count - 20;
        var bi = data.Bi!.ToArray();
        bi[late] = -3;

        var res = Escalc.Compute(EffectMeasure.OR, data with { Bi = bi });

        res.Diagnostics.Single().Row.ShouldBe(late);
        double.IsNaN(res.Yi[late]).ShouldBeTrue();
    }

    [Theory]
    [InlineData(ZeroCellRule.If0All)]
    [InlineData(ZeroCellRule.Only0)]
    public void Compute_OnlyCompleteTablesWithoutZeros_AddsNothing(ZeroCellRule to)
    {
        var data = new EscalcData { Ai = [1.0, 2, 3, 4, 5], Bi = [5.0, 4, 3, 2, 1], Ci = [2.0, 2, 2, 2, 2], Di = [3.0, 3, 3, 3, 3] };

        var res = Escalc.Compute(EffectMeasure.OR, data, new EscalcOptions { To = to });

        res.Yi[0].ShouldBe(Math.Log(1.0 / 5) - Math.Log(2.0 / 3), 1e-14);
        res.Vi[4].ShouldBe((1 / 5.0) + 1 + 0.5 + (1 / 3.0), 1e-14);
    }

    [Fact]
    public void Compute_NegativeCount_FallsBackWithDiagnostics()
    {
        var data = Tables(9, seed: 3) with { Bi = [1.0, 2, -3, 4, 5, 6, 7, 8, 9] };

        var res = Escalc.Compute(EffectMeasure.OR, data);

        res.Diagnostics.Single().Row.ShouldBe(2);
        double.IsNaN(res.Yi[2]).ShouldBeTrue();
        Same(res.Yi[8], General(data, EscalcOptions.Default).Yi[8], "yi[8]");
    }

    private static EscalcResult General(EscalcData data, EscalcOptions options)
    {
        var ctx = new EscalcContext(EffectMeasure.OR, data, options, data.Ai!.Count);
        ctx.FillMissing();
        TwoByTwoMeasures.Compute(ctx);
        return ctx.Finish();
    }

    private static EscalcData Tables(int k, int seed)
    {
        var random = new Random(seed);
        double Cell() => random.Next(10) switch { 0 => 0, 1 => double.NaN, _ => random.Next(1, 60) };
        double[] ai = new double[k], bi = new double[k], ci = new double[k], di = new double[k];
        for (int i = 0; i < k; i++)
        {
            (ai[i], bi[i], ci[i], di[i]) = (i % 37) switch
            {
                0 => (0, 0, 0, 0),
                1 => (0, 12, 0, 9),
                2 => (7, 0, 3, 0),
                _ => (Cell(), Cell(), Cell(), Cell()),
            };
        }
        return new EscalcData { Ai = ai, Bi = bi, Ci = ci, Di = di };
    }

    private static void Same(double actual, double expected, string name)
    {
        if (double.IsNaN(expected))
        {
            double.IsNaN(actual).ShouldBeTrue($"{name}: {actual} vs NaN");
            return;
        }
        actual.ShouldBe(expected, 1e-14 * Math.Max(1, Math.Abs(expected)), name);
    }
}
