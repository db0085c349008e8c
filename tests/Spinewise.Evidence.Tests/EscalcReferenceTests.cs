using Spinewise.Evidence.EffectSizes;
using Spinewise.Evidence.Tests.Reference;

namespace Spinewise.Evidence.Tests;

public sealed class EscalcReferenceTests
{
    public static TheoryData<string> Cases => ReferenceCases.Ids("escalc");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Escalc_matches_metafor(string id)
    {
        var c = ReferenceCases.Get(id);
        var input = c["input"]!.AsObject();
        var measure = Enum.Parse<EffectMeasure>(Json.S(input["measure"])!);
        var options = CaseInputs.EscalcOptions(input["options"]);
        // input.options fills add=0.5 generically, but metafor's default add is 0 for AS/PAS/PFT; when r_code does
        // not set add explicitly we let the engine apply metafor's measure-specific default (escalc_PFT_pritz1997).
        if (!Json.S(c["r_code"])!.Contains("add=", StringComparison.Ordinal)) options = options with { Add = null };
        var res = Escalc.Compute(measure, CaseInputs.EscalcData(input["data"]!.AsObject()), options);
        var cmp = new Comparer(id);
        cmp.Scalar("k", res.K, Tolerance.ClosedForm);
        cmp.Array("yi", res.Yi, Tolerance.ClosedForm);
        cmp.Array("vi", res.Vi, Tolerance.ClosedForm);
        cmp.AssertAll();
    }
}
