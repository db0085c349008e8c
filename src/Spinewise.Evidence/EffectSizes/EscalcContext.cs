using Spinewise.Evidence.Common;

namespace Spinewise.Evidence.EffectSizes;

/// <summary>Shared state while computing one escalc call: row count, options and collected diagnostics.</summary>
internal sealed class EscalcContext
{
    public EscalcContext(EffectMeasure measure, EscalcData data, EscalcOptions options, int k)
    {
        Measure = measure;
        Data = data;
        Options = options;
        K = k;
        Add = options.EffectiveAdd(measure);
        // written in full by the measure (see FillMissing), so not zeroed first
        Yi = GC.AllocateUninitializedArray<double>(k);
        Vi = GC.AllocateUninitializedArray<double>(k);
    }

    public EffectMeasure Measure { get; }
    public EscalcData Data { get; }
    public EscalcOptions Options { get; }
    public int K { get; }
    public double Add { get; }
    public double[] Yi { get; }
    public double[] Vi { get; }
    public List<DataDiagnostic> Diagnostics { get; } = [];
    public List<string> Warnings { get; } = [];

    /// <summary>Sets every yi and vi to missing: the start of the measures that only write the rows they can compute.</summary>
    public void FillMissing()
    {
        Array.Fill(Yi, double.NaN);
        Array.Fill(Vi, double.NaN);
    }

    /// <summary>Copies a column (NaN when absent); throws when a required column is missing.</summary>
    public double[] Require(IReadOnlyList<double>? column, string name)
    {
        if (column is null)
            throw new ArgumentException($"Measure {Measure} requires column '{name}'.", name);
        if (column.Count != K)
            throw new ArgumentException($"Column '{name}' has {column.Count} rows, expected {K}.", name);
        var copy = new double[K];
        for (int i = 0; i < K; i++) copy[i] = column[i];
        return copy;
    }

    /// <summary>Copies an optional column, or returns null.</summary>
    public double[]? Optional(IReadOnlyList<double>? column, string name) => column is null ? null : Require(column, name);

    /// <summary>Flags values below (or at, when <paramref name="strict"/>) a bound: diagnostic and missing row.</summary>
    public void CheckLower(double[] values, string column, double bound, bool strict, string code)
    {
        for (int i = 0; i < K; i++)
        {
            double v = values[i];
            if (double.IsNaN(v)) continue;
            if (v < bound || (strict && v == bound))
            {
                Diagnostics.Add(new DataDiagnostic(code, i, column, $"{column} = {v} is not allowed ({(strict ? "must be >" : "must be >=")} {bound})."));
                values[i] = double.NaN;
            }
        }
    }

    /// <summary>Applies metafor's final clean-up: infinite values become missing in both yi and vi; a missing yi makes vi missing.</summary>
    public EscalcResult Finish()
    {
        bool anyInf = false;
        for (int i = 0; i < K; i++)
        {
            if (double.IsInfinity(Yi[i]) || double.IsInfinity(Vi[i]))
            {
                anyInf = true;
                Yi[i] = Vi[i] = double.NaN;
            }
            else if (double.IsNaN(Yi[i]))
            {
                Vi[i] = double.NaN;
            }
        }
        return Result(anyInf);
    }

    /// <summary>The result once the clean-up of <see cref="Finish"/> has been applied (by it or by a fused kernel).</summary>
    public EscalcResult Result(bool anyInf)
    {
        if (anyInf) Warnings.Add("Some 'yi' and/or 'vi' values equal to +-Inf. Recoded to NAs.");
        return new EscalcResult(Measure, Yi, Vi, Warnings, Diagnostics);
    }
}
