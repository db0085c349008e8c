using Spinewise.Application.CdsHooks;

namespace Spinewise.Application.Tests.CdsHooks;

/// <summary>The cards of the example charts, as JSON, against reviewed snapshots.</summary>
public sealed class CardSnapshotTests
{
    [Fact]
    public void OrderSelect_StenosisWithClaudicationOrderingPild_MatchesSnapshot() =>
        Cards.MatchSnapshot("order-pild-stenosis-claudication", Cards.Order("stenosis-claudication", "pild"));

    [Fact]
    public void OrderSelect_AxialFacetPainOrderingRfaWithoutBlock_MatchesSnapshot() =>
        Cards.MatchSnapshot("order-lumbar-rfa-facet-axial-no-block", Cards.Order("facet-axial-no-block", "lumbar-rfa"));

    [Fact]
    public void OrderSign_DiscHerniationOrderingTransforaminalEsi_MatchesSnapshot() =>
        Cards.MatchSnapshot("order-transforaminal-esi-disc-herniation-radicular",
            Cards.Order("disc-herniation-radicular", "epidural-steroid-injection", "transforaminal", CdsHook.OrderSign));

    [Fact]
    public void OrderSelect_CancerPatientOrderingEsi_MatchesSnapshot() =>
        Cards.MatchSnapshot("order-esi-cancer-related-pain", Cards.Order("cancer-related-pain", "epidural-steroid-injection"));

    [Fact]
    public void OrderSelect_ActiveInfectionOrderingEsi_MatchesSnapshot() =>
        Cards.MatchSnapshot("order-esi-stenosis-active-infection", Cards.Order("stenosis-active-infection", "epidural-steroid-injection"));

    [Fact]
    public void OrderSelect_ActiveInfectionOrderingPild_MatchesSnapshot() =>
        Cards.MatchSnapshot("order-pild-stenosis-active-infection", Cards.Order("stenosis-active-infection", "pild"));

    [Fact]
    public void PatientView_StenosisWithClaudication_MatchesSnapshot() =>
        Cards.MatchSnapshot("patient-view-stenosis-claudication", Cards.Builder.ForPatientView(Cards.Report("stenosis-claudication"), hasLowBackPain: true, Cards.Context));

    [Fact]
    public void PatientView_NoLowBackPain_NoCard() =>
        Cards.Json(Cards.Builder.ForPatientView(Cards.Report("stenosis-claudication"), hasLowBackPain: false, Cards.Context)).ShouldBe("{\n  \"cards\": []\n}\n");
}
