using Spinewise.Evidence.Models;

namespace Spinewise.Evidence.FixedEffects;

/// <summary>Result of a Mantel-Haenszel or Peto analysis (metafor's rma.mh / rma.peto fields; NaN = NA).</summary>
public sealed record PooledResult
{
    /// <summary>measure: effect measure (log scale for OR/RR/IRR/PETO).</summary>
    public required string Measure { get; init; }
    /// <summary>k: number of tables used (complete counts).</summary>
    public required int K { get; init; }
    /// <summary>k.yi: number of tables with non-missing yi/vi (used in QE).</summary>
    public required int KYi { get; init; }
    /// <summary>k.pos: tables contributing to Breslow-Day (MH OR) or with positive variance (Peto); null otherwise.</summary>
    public int? KPos { get; init; }
    /// <summary>k.all: number of rows given.</summary>
    public required int KAll { get; init; }
    /// <summary>beta: pooled estimate.</summary>
    public required double Beta { get; init; }
    /// <summary>se: its standard error.</summary>
    public required double Se { get; init; }
    /// <summary>zval.</summary>
    public required double Zval { get; init; }
    /// <summary>pval.</summary>
    public required double Pval { get; init; }
    /// <summary>ci.lb.</summary>
    public required double CiLb { get; init; }
    /// <summary>ci.ub.</summary>
    public required double CiUb { get; init; }
    /// <summary>tau2: always 0.</summary>
    public double Tau2 { get; init; }
    /// <summary>QE: heterogeneity statistic.</summary>
    public required double QE { get; init; }
    /// <summary>QEdf: k.yi - 1.</summary>
    public int QEdf => KYi - 1;
    /// <summary>QEp.</summary>
    public required double QEp { get; init; }
    /// <summary>I2 (%).</summary>
    public required double I2 { get; init; }
    /// <summary>H2.</summary>
    public required double H2 { get; init; }
    /// <summary>CO: Cochran's test (MH OR).</summary>
    public double CO { get; init; } = double.NaN;
    /// <summary>COp.</summary>
    public double COp { get; init; } = double.NaN;
    /// <summary>MH: Cochran-Mantel-Haenszel test (MH OR) or Mantel-Haenszel test (MH IRR).</summary>
    public double MH { get; init; } = double.NaN;
    /// <summary>MHp.</summary>
    public double MHp { get; init; } = double.NaN;
    /// <summary>BD: Breslow-Day test (MH OR).</summary>
    public double BD { get; init; } = double.NaN;
    /// <summary>BDp.</summary>
    public double BDp { get; init; } = double.NaN;
    /// <summary>TA: Tarone's test (MH OR).</summary>
    public double TA { get; init; } = double.NaN;
    /// <summary>TAp.</summary>
    public double TAp { get; init; } = double.NaN;
    /// <summary>ML fit statistics.</summary>
    public required FitStatistics FitML { get; init; }
    /// <summary>REML fit statistics.</summary>
    public required FitStatistics FitREML { get; init; }
    /// <summary>yi used for QE (all rows, NaN where not used).</summary>
    public required IReadOnlyList<double> YiUsedForQE { get; init; }
    /// <summary>vi used for QE (all rows, NaN where not used).</summary>
    public required IReadOnlyList<double> ViUsedForQE { get; init; }
    /// <summary>Warnings as metafor emits them.</summary>
    public required IReadOnlyList<string> Warnings { get; init; }
}
