using System.Runtime.CompilerServices;

namespace Spinewise.Evidence.Multivariate;

/// <summary>In-place dense kernels for the small symmetric blocks (row-major n × n).</summary>
internal static class MvDense
{
    /// <summary>
    /// Replaces the symmetric positive-definite a with its inverse (Cholesky; <paramref name="l"/> is n × n scratch).
    /// Returns false when a is not positive definite; <paramref name="logDet"/> is log|a|.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool InvertSpd(double[] a, int n, double[] l, out double logDet)
    {
        unchecked
        {
            logDet = 0;
            for (int j = 0; j < n; j++)
            {
                double s = a[(j * n) + j];
                for (int m = 0; m < j; m++)
                {
                    s -= l[(j * n) + m] * l[(j * n) + m];
                }

                if (!(s > 0))
                {
                    return false;
                }

                double ljj = Math.Sqrt(s);
                l[(j * n) + j] = ljj;
                logDet += 2 * Math.Log(ljj);
                for (int i = j + 1; i < n; i++)
                {
                    double t = a[(i * n) + j];
                    for (int m = 0; m < j; m++)
                    {
                        t -= l[(i * n) + m] * l[(j * n) + m];
                    }

                    l[(i * n) + j] = t / ljj;
                }
            }

            // L⁻¹ in the lower triangle of l (column by column, in place), then a = L⁻ᵀ L⁻¹.
            for (int j = 0; j < n; j++)
            {
                l[(j * n) + j] = 1 / l[(j * n) + j];
                for (int i = j + 1; i < n; i++)
                {
                    double s = 0;
                    for (int m = j; m < i; m++)
                    {
                        s -= l[(i * n) + m] * l[(m * n) + j];
                    }

                    l[(i * n) + j] = s / l[(i * n) + i];
                }
            }

            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j <= i; j++)
                {
                    double s = 0;
                    for (int m = i; m < n; m++)
                    {
                        s += l[(m * n) + i] * l[(m * n) + j];
                    }

                    a[(i * n) + j] = s;
                    a[(j * n) + i] = s;
                }
            }

            return true;
        }
    }
}
