using System.Globalization;
using BenchmarkDotNet.Attributes;
using Spinewise.Evidence.Data;

namespace Spinewise.Benchmarks.Evidence;

/// <summary>Shortest round-trip text of 65,536 effect-size-like doubles: .NET's formatter against the CSV writer's Ryū.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 8)]
public class ShortestDoubleBenchmarks
{
    private readonly byte[] _buffer = new byte[64];
    private double[] _values = [];

    /// <summary>Log odds ratios and variances of random 2×2 tables (cells U{1..59}), as escalc --out writes.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2026);
        _values = [.. Enumerable.Range(0, 1 << 16).Select(i =>
        {
            double a = random.Next(1, 60), b = random.Next(1, 60), c = random.Next(1, 60), d = random.Next(1, 60);
            return i % 2 == 0 ? Math.Log(a * d / (b * c)) : (1 / a) + (1 / b) + (1 / c) + (1 / d);
        })];
    }

    /// <summary><c>double.TryFormat(span, "R", InvariantCulture)</c> to UTF-8.</summary>
    [Benchmark(Baseline = true)]
    public int Dotnet()
    {
        int total = 0;
        foreach (var v in _values)
        {
            v.TryFormat(_buffer, out int written, "R", CultureInfo.InvariantCulture);
            total += written;
        }

        return total;
    }

    /// <summary>The writer's formatter (same bytes).</summary>
    [Benchmark]
    public int Ryu()
    {
        int total = 0;
        foreach (var v in _values)
        {
            total += ShortestDouble.Format(v, _buffer);
        }

        return total;
    }
}
