using Spinewise.Evidence.EffectSizes;

namespace Spinewise.Application.Meta.Internal;

/// <summary>Which escalc arguments a measure reads: each requirement is a set of alternatives (e.g. bi or n1i).</summary>
internal static class MeasureColumns
{
    public static readonly string[] All = ["ai", "bi", "ci", "di", "n1i", "n2i", "x1i", "x2i", "t1i", "t2i", "m1i", "m2i", "sd1i", "sd2i", "xi", "mi", "ni", "sdi", "ri"];

    public static IReadOnlyList<string[]> Required(EffectMeasure measure) => measure switch
    {
        EffectMeasure.RR or EffectMeasure.OR or EffectMeasure.RD or EffectMeasure.AS or EffectMeasure.PETO =>
            [["ai"], ["bi", "n1i"], ["ci"], ["di", "n2i"]],
        EffectMeasure.IRR or EffectMeasure.IRD => [["x1i"], ["x2i"], ["t1i"], ["t2i"]],
        EffectMeasure.MD or EffectMeasure.SMD or EffectMeasure.SMDH or EffectMeasure.ROM =>
            [["m1i"], ["m2i"], ["sd1i"], ["sd2i"], ["n1i"], ["n2i"]],
        EffectMeasure.MN => [["mi"], ["sdi"], ["ni"]],
        EffectMeasure.COR or EffectMeasure.ZCOR => [["ri"], ["ni"]],
        EffectMeasure.PR or EffectMeasure.PLN or EffectMeasure.PLO or EffectMeasure.PAS or EffectMeasure.PFT => [["xi"], ["ni", "mi"]],
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "no columns known for this measure"),
    };

    public static EscalcData Set(EscalcData d, string arg, double[] v) => arg switch
    {
        "ai" => d with { Ai = v }, "bi" => d with { Bi = v }, "ci" => d with { Ci = v }, "di" => d with { Di = v },
        "n1i" => d with { N1i = v }, "n2i" => d with { N2i = v }, "x1i" => d with { X1i = v }, "x2i" => d with { X2i = v },
        "t1i" => d with { T1i = v }, "t2i" => d with { T2i = v }, "m1i" => d with { M1i = v }, "m2i" => d with { M2i = v },
        "sd1i" => d with { Sd1i = v }, "sd2i" => d with { Sd2i = v }, "xi" => d with { Xi = v }, "mi" => d with { Mi = v },
        "ni" => d with { Ni = v }, "sdi" => d with { Sdi = v }, "ri" => d with { Ri = v },
        _ => throw new ArgumentOutOfRangeException(nameof(arg), arg, "not an escalc argument"),
    };
}
