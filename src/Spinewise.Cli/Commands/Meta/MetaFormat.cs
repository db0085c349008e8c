using System.Globalization;

namespace Spinewise.Cli.Commands.Meta;

/// <summary>Number formatting as metafor prints it (4 decimals, p values below .0001 as "&lt;.0001", NA).</summary>
internal static class MetaFormat
{
    public static string F(double value, int digits = 4) =>
        double.IsNaN(value) ? "NA" : value.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string P(double p) => double.IsNaN(p) ? "NA" : p < 1e-4 ? "<.0001" : F(p);

    public static string Stars(double p) => p < 0.001 ? "***" : p < 0.01 ? "**" : p < 0.05 ? "*" : p < 0.1 ? "." : "";

    public static string Pct(double value) => double.IsNaN(value) ? "NA" : F(value, 2) + "%";
}
