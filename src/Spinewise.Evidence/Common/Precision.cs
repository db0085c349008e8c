namespace Spinewise.Evidence.Common;

/// <summary>Floating-point constants as R defines them.</summary>
internal static class Precision
{
    /// <summary>R's <c>.Machine$double.eps</c>: the smallest x with 1 + x != 1 in double precision (2^-52).</summary>
    public const double MachineEpsilon = 2.220446049250313e-16;
}
