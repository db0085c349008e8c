using System.Globalization;

namespace Spinewise.Application.Meta.Text;

/// <summary>Numbers as metafor prints them: 4 decimals, p values below .0001 as "&lt;.0001", NA for a missing value; invariant culture.</summary>
public static class MetaNumberText
{
    /// <summary>A value with <paramref name="digits"/> decimals (4 by default); NA when it is NaN.</summary>
    public static string F(double value, int digits = 4) =>
        double.IsNaN(value) ? "NA" : value.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A p value in a table cell: "&lt;.0001" below .0001.</summary>
    public static string P(double p) => double.IsNaN(p) ? "NA" : p < 1e-4 ? "<.0001" : F(p);

    /// <summary>A p value in a sentence, with its relation: "&lt; .0001" or "= 0.0123".</summary>
    public static string PLabel(double p) => p < 1e-4 ? "< .0001" : "= " + F(p);

    /// <summary>R's significance stars: *** &lt; .001, ** &lt; .01, * &lt; .05, . &lt; .1.</summary>
    public static string Stars(double p) => p < 0.001 ? "***" : p < 0.01 ? "**" : p < 0.05 ? "*" : p < 0.1 ? "." : "";

    /// <summary>A percentage with 2 decimals and a % sign.</summary>
    public static string Pct(double value) => double.IsNaN(value) ? "NA" : F(value, 2) + "%";

    /// <summary>A count or degrees of freedom.</summary>
    public static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Degrees of freedom that may be fractional, as R prints them (shortest round-trip form).</summary>
    public static string Df(double value) => value.ToString(CultureInfo.InvariantCulture);
}
