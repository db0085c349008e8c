using Spinewise.Evidence.Tests.Reference;

namespace Spinewise.Evidence.Tests;

/// <summary>
/// Checks <see cref="NotComputedKeys"/>, the one list of reference-case keys the engine does not compute: every other
/// key of a covered case's <c>expected</c> object must be compared (<see cref="Comparer.AssertAll"/> fails otherwise),
/// so a key added to a reference case fails a test until it is compared or listed with the reason.
/// </summary>
public sealed class ReferenceKeyCoverageTests
{
    [Fact]
    public void NotComputed_EveryEntry_NamesAKeyOfACoveredCase()
    {
        var stale = NotComputedKeys.All.Where(n => !ReferenceCases.Cases.Any(c =>
                (string)c["category"]! == n.Category && Comparer.LeafPaths(c["expected"]!.AsObject(), "").Any(p => NotComputedKeys.Matches(n.Path, p))))
            .Select(n => $"{n.Category}:{n.Path}")
            .ToList();

        stale.ShouldBeEmpty();
    }

    [Fact]
    public void NotComputed_EveryEntry_IsOfACoveredCategoryWithAReason()
    {
        NotComputedKeys.All.ShouldAllBe(n => CoverageTests.Covered.Contains(n.Category) && n.Reason.Length > 0);
    }

    [Fact]
    public void Comparer_KeyNotCompared_Fails()
    {
        var cmp = new Comparer("rma_REML_bcg_RR");
        cmp.Scalar("k", 13, Tolerance.ClosedForm);

        var ex = Should.Throw<Xunit.Sdk.XunitException>(cmp.AssertAll);

        ex.Message.ShouldContain("confint_tight/tau2/ci.lb: neither compared nor listed");
        ex.Message.ShouldNotContain("  k:");
    }

    [Fact]
    public void Comparer_ExpectedKeyMissing_Fails()
    {
        var cmp = new Comparer("fsn_Rosenthal_bcg_RR");
        cmp.Array("no.such.key", [1.0], Tolerance.ClosedForm);

        var ex = Should.Throw<Xunit.Sdk.XunitException>(cmp.AssertAll);

        ex.Message.ShouldContain("no.such.key: compared, but the case has no such key");
    }

}
