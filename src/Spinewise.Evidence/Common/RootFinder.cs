namespace Spinewise.Evidence.Common;

/// <summary>Port of R's <c>uniroot</c> (Brent's zeroin, R_zeroin2) so that roots match R to the last iteration.</summary>
internal static class RootFinder
{
    /// <summary>R's default uniroot tolerance, .Machine$double.eps^0.25.</summary>
    public static readonly double DefaultTolerance = Math.Pow(Precision.MachineEpsilon, 0.25);

    /// <summary>Finds a root of <paramref name="f"/> in [lower, upper]; returns NaN when the signs do not differ.</summary>
    public static (double Root, bool Converged) Uniroot(Func<double, double> f, double lower, double upper, double tol, int maxIter)
    {
        double fa = f(lower), fb = f(upper);
        if (double.IsNaN(fa) || double.IsNaN(fb) || fa * fb > 0) return (double.NaN, false);
        return Zeroin(f, lower, upper, fa, fb, tol, maxIter);
    }

    private static (double Root, bool Converged) Zeroin(Func<double, double> f, double ax, double bx, double fa, double fb, double tol, int maxIter)
    {
        const double eps = Precision.MachineEpsilon;
        double a = ax, b = bx, c = a, fc = fa;
        if (fa == 0.0) return (a, true);
        if (fb == 0.0) return (b, true);
        int maxit = maxIter + 1;
        while (maxit-- > 0)
        {
            double prevStep = b - a;
            if (Math.Abs(fc) < Math.Abs(fb))
            {
                a = b; b = c; c = a;
                fa = fb; fb = fc; fc = fa;
            }
            double tolAct = (2 * eps * Math.Abs(b)) + (tol / 2);
            double newStep = (c - b) / 2;
            if (Math.Abs(newStep) <= tolAct || fb == 0.0) return (b, true);
            if (Math.Abs(prevStep) >= tolAct && Math.Abs(fa) > Math.Abs(fb))
            {
                double p, q, cb = c - b;
                if (a == c)
                {
                    double t1 = fb / fa;
                    p = cb * t1;
                    q = 1.0 - t1;
                }
                else
                {
                    q = fa / fc;
                    double t1 = fb / fc, t2 = fb / fa;
                    p = t2 * ((cb * q * (q - t1)) - ((b - a) * (t1 - 1.0)));
                    q = (q - 1.0) * (t1 - 1.0) * (t2 - 1.0);
                }
                if (p > 0) q = -q; else p = -p;
                if (p < ((0.75 * cb * q) - (Math.Abs(tolAct * q) / 2)) && p < Math.Abs(prevStep * q / 2)) newStep = p / q;
            }
            if (Math.Abs(newStep) < tolAct) newStep = newStep > 0 ? tolAct : -tolAct;
            a = b; fa = fb;
            b += newStep; fb = f(b);
            if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) { c = a; fc = fa; }
        }
        return (b, false);
    }
}
