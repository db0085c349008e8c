using BenchmarkDotNet.Running;

namespace Spinewise.Benchmarks;

/// <summary>Entry point of the benchmark runner.</summary>
public static class BenchmarkProgram
{
    /// <summary>Runs the benchmarks the arguments select (<c>--filter '*Name*'</c>).</summary>
    /// <param name="args">BenchmarkDotNet arguments.</param>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
