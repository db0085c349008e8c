namespace Spinewise.Evidence.Models;

/// <summary>Dense p×p helpers (row-major) for the normal equations; p is the number of coefficients.</summary>
internal static class SmallMatrix
{
    /// <summary>Inverse of a symmetric positive-definite matrix by Cholesky; null when not positive definite.</summary>
    public static double[]? InvertSpd(double[] a, int p, out double logDet)
    {
        var l = new double[p * p];
        logDet = 0;
        for (int j = 0; j < p; j++)
        {
            double s = a[(j * p) + j];
            for (int m = 0; m < j; m++) s -= l[(j * p) + m] * l[(j * p) + m];
            if (!(s > 0)) return null;
            double ljj = Math.Sqrt(s);
            l[(j * p) + j] = ljj;
            logDet += 2 * Math.Log(ljj);
            for (int i = j + 1; i < p; i++)
            {
                double t = a[(i * p) + j];
                for (int m = 0; m < j; m++) t -= l[(i * p) + m] * l[(j * p) + m];
                l[(i * p) + j] = t / ljj;
            }
        }
        // invert L, then A^-1 = L^-T L^-1
        var li = new double[p * p];
        for (int j = 0; j < p; j++)
        {
            li[(j * p) + j] = 1 / l[(j * p) + j];
            for (int i = j + 1; i < p; i++)
            {
                double s = 0;
                for (int m = j; m < i; m++) s -= l[(i * p) + m] * li[(m * p) + j];
                li[(i * p) + j] = s / l[(i * p) + i];
            }
        }
        var inv = new double[p * p];
        for (int i = 0; i < p; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double s = 0;
                for (int m = i; m < p; m++) s += li[(m * p) + i] * li[(m * p) + j];
                inv[(i * p) + j] = s;
                inv[(j * p) + i] = s;
            }
        }
        return inv;
    }

    /// <summary>tr(A B) for p×p matrices.</summary>
    public static double TraceProduct(double[] a, double[] b, int p)
    {
        double s = 0;
        for (int i = 0; i < p; i++)
        {
            for (int j = 0; j < p; j++) s += a[(i * p) + j] * b[(j * p) + i];
        }
        return s;
    }

    /// <summary>A b for a p×p matrix and a p-vector.</summary>
    public static double[] Multiply(double[] a, double[] b, int p)
    {
        var r = new double[p];
        for (int i = 0; i < p; i++)
        {
            double s = 0;
            for (int j = 0; j < p; j++) s += a[(i * p) + j] * b[j];
            r[i] = s;
        }
        return r;
    }

    /// <summary>A B for p×p matrices.</summary>
    public static double[] MultiplyMatrices(double[] a, double[] b, int p)
    {
        var r = new double[p * p];
        for (int i = 0; i < p; i++)
        {
            for (int j = 0; j < p; j++)
            {
                double s = 0;
                for (int m = 0; m < p; m++) s += a[(i * p) + m] * b[(m * p) + j];
                r[(i * p) + j] = s;
            }
        }
        return r;
    }

    /// <summary>A B C for p×p matrices.</summary>
    public static double[] Multiply3(double[] a, double[] b, double[] c, int p) => MultiplyMatrices(MultiplyMatrices(a, b, p), c, p);
}
