using System.Runtime.CompilerServices;
using Spinewise.Evidence.Models;

namespace Spinewise.Evidence.Multivariate;

/// <summary>
/// The (restricted) log-likelihood of M = V + Σ θ_c A_c, its score and Fisher information, computed block by block:
/// each iteration costs Σ n_b³ (plus p² terms), linear in the number of blocks. Workspaces are allocated once.
/// The kernels run <c>unchecked</c>: their only integer arithmetic is indexing below n_b² or n_b·p (a block of
/// 46,341 rows would be needed to overflow, far beyond a dense block's memory), and overflow checks there cost ~20 %.
/// </summary>
internal sealed class MvLikelihood
{
    private readonly MvSpec _spec;
    private readonly int _p;
    private readonly int _m;
    private readonly double[][] _w;
    private readonly double[][] _wx;
    private readonly double[] _scratch;
    private readonly double[][] _b;
    private readonly double[][] _g;
    private readonly double[] _wg;
    private readonly double[] _u;

    public MvLikelihood(MvSpec spec)
    {
        _spec = spec;
        _p = spec.X.P;
        _m = spec.Components.Count;
        int maxN = spec.Blocks.Max(b => b.N);
        _w = [.. spec.Blocks.Select(b => new double[b.N * b.N])];
        _wx = [.. spec.Blocks.Select(b => new double[b.N * _p])];
        _scratch = new double[maxN * Math.Max(maxN, _p)];
        _b = [.. Enumerable.Range(0, _m).Select(_ => new double[maxN * maxN])];
        _g = [.. Enumerable.Range(0, _m).Select(_ => new double[maxN * _p])];
        _wg = new double[maxN * _p];
        _u = new double[maxN];
        Beta = new double[_p];
        Vb = new double[_p * _p];
        Score = new double[_m];
        Info = new double[_m * _m];
    }

    public double[] Beta { get; }

    /// <summary>(X'WX)⁻¹, row-major.</summary>
    public double[] Vb { get; private set; }

    public double[] Score { get; }

    public double[] Info { get; }

    public double LogDetM { get; private set; }

    public double LogDetXtWX { get; private set; }

    /// <summary>r'Wr with r = y - Xβ.</summary>
    public double Rss { get; private set; }

    /// <summary>
    /// Evaluates at θ; false when M is not positive definite. With <paramref name="derivatives"/>, fills the score and
    /// Fisher information of the REML (or ML) log-likelihood with respect to θ.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Evaluate(double[] theta, bool reml, bool derivatives)
    {
        unchecked
        {
            int p = _p;
            var xtwx = new double[p * p];
            var xtwy = new double[p];
            double logDet = 0;
            var blocks = _spec.Blocks;
            for (int bi = 0; bi < blocks.Count; bi++)
            {
                var b = blocks[bi];
                int n = b.N;
                var w = _w[bi];
                Array.Copy(b.V, w, n * n);
                for (int c = 0; c < _m; c++)
                {
                    double t = theta[c];
                    if (t == 0)
                    {
                        continue;
                    }

                    foreach (var term in b.Terms[c])
                    {
                        term.AddTo(w, n, t);
                    }
                }

                if (!MvDense.InvertSpd(w, n, _scratch, out double ld))
                {
                    return false;
                }

                logDet += ld;
                var wx = _wx[bi];
                Multiply(w, b.X, wx, n, n, p);
                for (int i = 0; i < n; i++)
                {
                    for (int a = 0; a < p; a++)
                    {
                        double xa = b.X[(i * p) + a];
                        xtwy[a] += wx[(i * p) + a] * b.Y[i];
                        for (int c = 0; c < p; c++)
                        {
                            xtwx[(a * p) + c] += xa * wx[(i * p) + c];
                        }
                    }
                }
            }

            var h = SmallMatrix.InvertSpd(xtwx, p, out double logDetXtWX);
            if (h is null)
            {
                return false;
            }

            Vb = h;
            LogDetM = logDet;
            LogDetXtWX = logDetXtWX;
            for (int a = 0; a < p; a++)
            {
                double s = 0;
                for (int c = 0; c < p; c++)
                {
                    s += h[(a * p) + c] * xtwy[c];
                }

                Beta[a] = s;
            }

            SecondPass(reml, derivatives);
            return true;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SecondPass(bool reml, bool derivatives)
    {
        unchecked
        {
            int p = _p, m = _m;
            double rss = 0;
            var trWA = new double[m];
            var uAu = new double[m];
            var t = new double[m * m];
            var u = derivatives && reml ? new double[m][] : [];
            var kk = derivatives && reml ? new double[m * m][] : [];
            for (int c = 0; c < u.Length; c++)
            {
                u[c] = new double[p * p];
            }

            for (int c = 0; c < kk.Length; c++)
            {
                kk[c] = new double[p * p];
            }

            var blocks = _spec.Blocks;
            var r = new double[blocks.Max(b => b.N)];
            for (int bi = 0; bi < blocks.Count; bi++)
            {
                var b = blocks[bi];
                int n = b.N;
                var w = _w[bi];
                for (int i = 0; i < n; i++)
                {
                    double fit = 0;
                    for (int a = 0; a < p; a++)
                    {
                        fit += b.X[(i * p) + a] * Beta[a];
                    }

                    r[i] = b.Y[i] - fit;
                }

                Multiply(w, r, _u, n, n, 1);
                for (int i = 0; i < n; i++)
                {
                    rss += r[i] * _u[i];
                }

                if (!derivatives)
                {
                    continue;
                }

                for (int c = 0; c < m; c++)
                {
                    var bc = _b[c];
                    Array.Clear(bc, 0, n * n);
                    double q = 0;
                    foreach (var term in b.Terms[c])
                    {
                        term.AddProduct(w, n, _scratch, bc);
                        q += term.QuadraticForm(_u, n, _scratch);
                    }

                    double tr = 0;
                    for (int i = 0; i < n; i++)
                    {
                        tr += bc[(i * n) + i];
                    }

                    trWA[c] += tr;
                    uAu[c] += q;
                }

                for (int c = 0; c < m; c++)
                {
                    for (int d = 0; d <= c; d++)
                    {
                        double s = 0;
                        var bc = _b[c];
                        var bd = _b[d];
                        for (int i = 0; i < n; i++)
                        {
                            for (int j = 0; j < n; j++)
                            {
                                s += bc[(i * n) + j] * bd[(j * n) + i];
                            }
                        }

                        t[(c * m) + d] += s;
                    }
                }

                if (reml)
                {
                    ProjectionTerms(b, _wx[bi], w, u, kk);
                }
            }

            Rss = rss;
            if (!derivatives)
            {
                return;
            }

            var h = Vb;
            for (int c = 0; c < m; c++)
            {
                double trPA = trWA[c] - (reml ? SmallMatrix.TraceProduct(h, u[c], p) : 0);
                Score[c] = 0.5 * (uAu[c] - trPA);
                for (int d = 0; d <= c; d++)
                {
                    double info = t[(c * m) + d];
                    if (reml)
                    {
                        var hu = Product(h, u[c], p);
                        var hd = Product(h, u[d], p);
                        info += -2 * SmallMatrix.TraceProduct(h, kk[(c * m) + d], p) + SmallMatrix.TraceProduct(hu, hd, p);
                    }

                    Info[(c * m) + d] = 0.5 * info;
                    Info[(d * m) + c] = 0.5 * info;
                }
            }
        }
    }

    /// <summary>U_c += (WX)' A_c (WX) and K_cd += (A_c WX)' W (A_d WX) for the REML information.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ProjectionTerms(MvBlock b, double[] wx, double[] w, double[][] u, double[][] kk)
    {
        unchecked
        {
            int n = b.N, p = _p, m = _m;
            for (int c = 0; c < m; c++)
            {
                var g = _g[c];
                Array.Clear(g, 0, n * p);
                foreach (var term in b.Terms[c])
                {
                    term.AddLeftProduct(wx, n, p, _scratch, g);
                }

                AddCrossProduct(wx, _g[c], u[c], n, p);
            }

            for (int d = 0; d < m; d++)
            {
                Multiply(w, _g[d], _wg, n, n, p);
                for (int c = d; c < m; c++)
                {
                    AddCrossProduct(_g[c], _wg, kk[(c * m) + d], n, p);
                }
            }
        }
    }

    /// <summary>acc += aᵀ b for n × p matrices a, b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddCrossProduct(double[] a, double[] b, double[] acc, int n, int p)
    {
        unchecked
        {
            for (int i = 0; i < n; i++)
            {
                for (int x = 0; x < p; x++)
                {
                    double ax = a[(i * p) + x];
                    if (ax == 0)
                    {
                        continue;
                    }

                    for (int y = 0; y < p; y++)
                    {
                        acc[(x * p) + y] += ax * b[(i * p) + y];
                    }
                }
            }
        }
    }

    /// <summary>c = a b with a (r × s) and b (s × q), row-major.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Multiply(double[] a, double[] b, double[] c, int rows, int inner, int cols)
    {
        unchecked
        {
            for (int i = 0; i < rows; i++)
            {
                for (int j = 0; j < cols; j++)
                {
                    double s = 0;
                    for (int l = 0; l < inner; l++)
                    {
                        s += a[(i * inner) + l] * b[(l * cols) + j];
                    }

                    c[(i * cols) + j] = s;
                }
            }
        }
    }

    private static double[] Product(double[] a, double[] b, int p)
    {
        var c = new double[p * p];
        Multiply(a, b, c, p, p, p);
        return c;
    }
}
