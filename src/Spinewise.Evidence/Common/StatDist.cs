using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Spinewise.Evidence.Common;

/// <summary>Distribution functions with R's semantics and full tail precision.</summary>
internal static class StatDist
{
    /// <summary>Two-sided normal p value, 2*pnorm(|z|, lower=FALSE).</summary>
    public static double PNormTwoSided(double z) =>
        double.IsNaN(z) ? double.NaN : SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2.0));

    /// <summary>Upper tail of the standard normal, pnorm(z, lower=FALSE).</summary>
    public static double PNormUpper(double z) => 0.5 * SpecialFunctions.Erfc(z / Math.Sqrt(2.0));

    /// <summary>Quantile of the standard normal, qnorm(p).</summary>
    public static double QNorm(double p) => Normal.InvCDF(0, 1, p);

    /// <summary>Two-sided t p value, 2*pt(|t|, df, lower=FALSE).</summary>
    public static double PtTwoSided(double t, double df)
    {
        if (double.IsNaN(t) || !(df > 0)) return double.NaN;
        return SpecialFunctions.BetaRegularized(df / 2.0, 0.5, df / (df + (t * t)));
    }

    /// <summary>Upper tail of the chi-square distribution, pchisq(x, df, lower=FALSE).</summary>
    public static double PChisqUpper(double x, double df)
    {
        if (double.IsNaN(x) || !(df > 0)) return double.NaN;
        if (x <= 0) return 1.0;
        return SpecialFunctions.GammaUpperRegularized(df / 2.0, x / 2.0);
    }

    /// <summary>Lower tail of the chi-square distribution, pchisq(x, df).</summary>
    public static double PChisqLower(double x, double df)
    {
        if (double.IsNaN(x) || !(df > 0)) return double.NaN;
        if (x <= 0) return 0.0;
        return SpecialFunctions.GammaLowerRegularized(df / 2.0, x / 2.0);
    }

    /// <summary>Upper tail of the F distribution, pf(x, df1, df2, lower=FALSE).</summary>
    public static double PfUpper(double x, double df1, double df2)
    {
        if (double.IsNaN(x) || !(df1 > 0) || !(df2 > 0)) return double.NaN;
        if (x <= 0) return 1.0;
        return SpecialFunctions.BetaRegularized(df2 / 2.0, df1 / 2.0, df2 / (df2 + (df1 * x)));
    }

    /// <summary>Upper quantile of the t distribution, qt(p, df, lower=FALSE), refined by Newton steps.</summary>
    public static double QtUpper(double p, double df)
    {
        if (!(df > 0)) return double.NaN;
        double x = StudentT.InvCDF(0, 1, df, 1 - p);
        for (int i = 0; i < 8; i++)
        {
            double upper = x >= 0 ? 0.5 * PtTwoSided(x, df) : 1 - (0.5 * PtTwoSided(x, df));
            double dens = StudentT.PDF(0, 1, df, x);
            if (!(dens > 0)) break;
            double step = (upper - p) / dens;
            x += step;
            if (Math.Abs(step) <= 1e-15 * Math.Max(1, Math.Abs(x))) break;
        }
        return x;
    }

    /// <summary>Chi-square quantile, qchisq(p, df), refined by Newton steps on the lower tail.</summary>
    public static double QChisq(double p, double df)
    {
        if (!(df > 0)) return double.NaN;
        double x = ChiSquared.InvCDF(df, p);
        for (int i = 0; i < 12; i++)
        {
            double dens = ChiSquared.PDF(df, x);
            if (!(dens > 0)) break;
            double f = p < 0.5 ? PChisqLower(x, df) - p : (1 - p) - PChisqUpper(x, df);
            double step = f / dens;
            double nx = x - step;
            if (nx <= 0) nx = x / 2;
            x = nx;
            if (Math.Abs(step) <= 1e-15 * Math.Max(1, x)) break;
        }
        return x;
    }

    /// <summary>Log density of the normal distribution.</summary>
    public static double LogDNorm(double x, double mean, double sd)
    {
        double z = (x - mean) / sd;
        return (-0.5 * Math.Log(2 * Math.PI)) - Math.Log(sd) - (0.5 * z * z);
    }
}
