using Spinewise.Evidence.Common;

namespace Spinewise.Evidence.Tests.Performance;

/// <summary>The vectorised passes agree with plain loops, in the vector part and in the scalar tail.</summary>
public sealed class VectorMathTests
{
    public static TheoryData<int> Lengths() => new(Enumerable.Range(0, 14));

    [Theory]
    [MemberData(nameof(Lengths))]
    public void AnyNaN_NaNAtEveryPosition_IsFound(int length)
    {
        var x = Enumerable.Range(1, length).Select(i => (double)i).ToArray();
        VectorMath.AnyNaN(x).ShouldBeFalse();
        for (int i = 0; i < length; i++)
        {
            var copy = (double[])x.Clone();
            copy[i] = double.NaN;
            VectorMath.AnyNaN(copy).ShouldBeTrue($"NaN at {i} of {length}");
        }
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void AllPositive_ZeroOrNaNAtEveryPosition_IsFalse(int length)
    {
        var x = Enumerable.Range(1, length).Select(i => i / 7.0).ToArray();
        VectorMath.AllPositive(x).ShouldBeTrue();
        for (int i = 0; i < length; i++)
        {
            foreach (var bad in new[] { 0.0, -1e-300, double.NaN })
            {
                var copy = (double[])x.Clone();
                copy[i] = bad;
                VectorMath.AllPositive(copy).ShouldBeFalse($"{bad} at {i} of {length}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Sums_AnyLength_EqualPlainLoops(int length)
    {
        var random = new Random(length);
        var x = Enumerable.Range(0, length).Select(_ => 0.01 + random.NextDouble()).ToArray();
        VectorMath.Sum(x, 0.3).ShouldBe(x.Sum(t => t - 0.3), 1e-13);
        VectorMath.SumLog(x, 0.2).ShouldBe(x.Sum(t => Math.Log(t + 0.2)), 1e-13);
        VectorMath.SumLogSqrt(x).ShouldBe(x.Sum(t => Math.Log(Math.Sqrt(t))), 1e-13);
        var (sum, sumSq) = VectorMath.SumAndSumOfSquares(x);
        sum.ShouldBe(x.Sum(), 1e-13);
        sumSq.ShouldBe(x.Sum(t => t * t), 1e-13);
        var w = new double[length];
        VectorMath.Inverse(x, 0.5, w);
        w.ShouldBe(x.Select(t => 1 / (t + 0.5)).ToArray());
    }
}
