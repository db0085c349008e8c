using System.Text.Json;
using Spinewise.Application.CdsHooks;
using Spinewise.Application.Json;
using Spinewise.Domain.Codes;

namespace Spinewise.Application.Tests.CdsHooks;

/// <summary>Each rule of the cards, one by one.</summary>
public sealed class CardRuleTests
{
    private static readonly string[] Examples = [.. Directory.GetFiles(Path.Combine(Testing.RepositoryPaths.Repository, "examples", "cases"), "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>Every example chart ordering every procedure and every variant the vocabulary knows, and its patient view.</summary>
    private static IEnumerable<(string Example, CdsCards Cards)> EveryCard()
    {
        var kb = Hosts.Shipped.Knowledge;
        var orders = kb.Interventions.SelectMany(i => new[] { new OrderedIntervention(i.Id.Value, null, $"ServiceRequest/{i.Id.Value}") }
            .Concat(i.Variants.Select(v => new OrderedIntervention(i.Id.Value, v.Id, $"ServiceRequest/{i.Id.Value}-{v.Id}")))).ToList();
        foreach (var example in Examples)
        {
            var report = Cards.Report(example);
            yield return (example, Cards.Builder.ForOrders(report, orders, CdsHook.OrderSign, Cards.Context));
            yield return (example, Cards.Builder.ForPatientView(report, hasLowBackPain: true, Cards.Context));
        }
    }

    [Fact]
    public void Summary_EveryProcedureAndVariantOfEveryExample_UnderTheSpecificationsLimit()
    {
        var summaries = EveryCard().SelectMany(x => x.Cards.Cards).Select(c => c.Summary).ToList();

        summaries.Count.ShouldBeGreaterThan(Examples.Length * 10);
        var longest = summaries.MaxBy(s => s.Length)!;
        longest.Length.ShouldBeLessThan(140, longest);
        summaries.ShouldAllBe(s => s.Length > 0 && !s.Contains('\n'));
    }

    [Fact]
    public void Summary_HeadAndPartsFarTooLong_CutUnder140()
    {
        var builder = typeof(CdsCard).Assembly.GetType("Spinewise.Application.CdsHooks.Internal.CardSummary")!;
        var build = builder.GetMethod("Build")!;
        var head = new string('x', 300);
        string[][] parts = [[new string('a', 200), new string('b', 100)], [new string('c', 150)]];

        var cut = (string)build.Invoke(null, [head, parts, null])!;
        string[][] optional = [["they disagree"]];
        var kept = (string)build.Invoke(null, ["Lumbar RFA", parts, optional])!;

        cut.Length.ShouldBe(CdsCard.MaxSummaryLength);
        cut.ShouldEndWith("…");
        kept.Length.ShouldBeLessThanOrEqualTo(CdsCard.MaxSummaryLength);
        kept.ShouldBe("Lumbar RFA: " + new string('b', 100) + "; they disagree");
    }

    [Fact]
    public void Indicator_ContraindicationASourceStatesIsMet_Critical()
    {
        var card = Cards.Order("stenosis-active-infection", "epidural-steroid-injection").Cards.ShouldHaveSingleItem();

        card.Indicator.ShouldBe(CdsIndicator.Critical);
        card.Detail!.ShouldContain("**Contraindication met: active systemic or local infection (recorded)**");
    }

    [Fact]
    public void Indicator_SafetyFlagNoSourceStatesAsContraindication_NotCritical()
    {
        var card = Cards.Order("stenosis-active-infection", "pild").Cards.ShouldHaveSingleItem();

        card.Indicator.ShouldBe(CdsIndicator.Info);
        card.Detail!.ShouldContain("no source in the knowledge states whether this contraindicates the procedure");
    }

    [Fact]
    public void Indicator_PrerequisiteNotMet_Warning()
    {
        var card = Cards.Order("facet-axial-no-block", "lumbar-rfa").Cards.ShouldHaveSingleItem();

        card.Indicator.ShouldBe(CdsIndicator.Warning);
        card.Summary.ShouldContain("no lumbar medial branch block (effective) on record");
    }

    [Fact]
    public void Indicator_GuidelineThatAppliesRecommendsAgainst_Warning()
    {
        var card = Cards.Order("disc-herniation-radicular", "epidural-steroid-injection", "transforaminal").Cards.ShouldHaveSingleItem();

        card.Indicator.ShouldBe(CdsIndicator.Warning);
        card.Summary.ShouldContain("AAN 2007 (ESI) against");
        card.Detail!.ShouldContain("**AAN 2007 (ESI)** recommends against epidural steroid injection");
        card.Detail!.ShouldContain("**ASPN 2022** recommends transforaminal epidural injection (grade A");
    }

    [Fact]
    public void Indicator_NothingAgainstNothingUnmet_Info() =>
        Cards.Order("stenosis-claudication", "pild").Cards.ShouldHaveSingleItem().Indicator.ShouldBe(CdsIndicator.Info);

    [Fact]
    public void Indicator_OrderOfOneVariant_CountsOnlyPositionsOnThatForm()
    {
        var pulsed = Cards.Order("facet-axial-positive-block", "lumbar-rfa", "pulsed").Cards.ShouldHaveSingleItem();
        var conventional = Cards.Order("facet-axial-positive-block", "lumbar-rfa", "conventional").Cards.ShouldHaveSingleItem();

        pulsed.Detail!.ShouldContain("**ASPN 2022** recommends against pulsed");
        conventional.Detail!.ShouldNotContain("pulsed RFA (grade");
        conventional.Detail!.ShouldContain("**ASPN 2022** recommends conventional");
    }

    [Fact]
    public void CancerPatientOrderingEsi_Bmj_ListedAsNotApplying()
    {
        var detail = Cards.Order("cancer-related-pain", "epidural-steroid-injection").Cards.ShouldHaveSingleItem().Detail!;

        var notApplying = detail[detail.IndexOf("**Does not apply to this patient**", StringComparison.Ordinal)..].Split("\n\n")[0];
        notApplying.ShouldContain("BMJ 2025 (bmj-2025/radicular/2: BMJ 2025 does not apply to chronic spine pain secondary to cancer)");
        detail[..detail.IndexOf("**Does not apply to this patient**", StringComparison.Ordinal)].ShouldNotContain("BMJ 2025");
    }

    [Fact]
    public void Uuid_SameEvaluationTwice_SameUuidsDifferentEvaluationDifferent()
    {
        var report = Cards.Report("facet-axial-no-block");
        OrderedIntervention[] orders = [new("lumbar-rfa", null, "ServiceRequest/1")];
        var first = Cards.Builder.ForOrders(report, orders, CdsHook.OrderSelect, Cards.Context).Cards.Single();
        var again = Cards.Builder.ForOrders(Cards.Report("facet-axial-no-block"), orders, CdsHook.OrderSelect, Cards.Context).Cards.Single();
        var other = Cards.Builder.ForOrders(report, orders, CdsHook.OrderSelect, Cards.Context with { EvaluationId = Guid.Parse("11111111-2222-4333-8444-555555555555") }).Cards.Single();

        again.Uuid.ShouldBe(first.Uuid);
        again.Suggestions!.Single().Uuid.ShouldBe(first.Suggestions!.Single().Uuid);
        other.Uuid.ShouldNotBe(first.Uuid);
        first.Uuid.ShouldBe(CdsCardBuilder.CardUuid(Cards.EvaluationId, CdsCardBuilder.OrderKey("lumbar-rfa", null)));
        first.Suggestions!.Single().Uuid.ShouldBe(CdsCardBuilder.SuggestionUuid(first.Uuid, "medial-branch-block"));
        first.Uuid.ToString("D")[14].ShouldBe('5');
        Cards.Json(new CdsCards([first])).ShouldBe(Cards.Json(new CdsCards([again])));
    }

    [Fact]
    public void Uuid_Rfc9562Example_Version5OfWwwExampleCom()
    {
        var create = typeof(CdsCard).Assembly.GetType("Spinewise.Application.CdsHooks.Internal.NameBasedUuid")!.GetMethod("Create")!;
        var dns = Guid.Parse("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        create.Invoke(null, [dns, "www.example.com"]).ShouldBe(Guid.Parse("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
    }

    [Fact]
    public void Suggestion_MissingPrerequisiteWithACode_CreatesADraftServiceRequestWithSelectionBehavior()
    {
        var card = Cards.Order("facet-axial-no-block", "lumbar-rfa").Cards.Single();

        card.SelectionBehavior.ShouldBe(CdsSelectionBehavior.AtMostOne);
        var suggestion = card.Suggestions.ShouldHaveSingleItem();
        suggestion.Uuid.ShouldNotBe(Guid.Empty);
        var action = suggestion.Actions.ShouldHaveSingleItem();
        action.Type.ShouldBe(CdsActionType.Create);
        var resource = action.Resource.ShouldNotBeNull();
        resource["resourceType"]!.GetValue<string>().ShouldBe("ServiceRequest");
        resource["status"]!.GetValue<string>().ShouldBe("draft");
        resource["intent"]!.GetValue<string>().ShouldBe("proposal");
        resource["subject"]!["reference"]!.GetValue<string>().ShouldBe("Patient/example-patient");
        var coding = resource["code"]!["coding"]![0]!;
        var expected = Hosts.Shipped.Knowledge.Codes.CodeForIntervention("medial-branch-block", null, CodeSystems.Cpt)!;
        coding["system"]!.GetValue<string>().ShouldBe(expected.System);
        coding["code"]!.GetValue<string>().ShouldBe(expected.Code);
    }

    [Fact]
    public void Suggestion_NoPatientId_NoSuggestion()
    {
        var card = Cards.Builder.ForOrders(Cards.Report("facet-axial-no-block"), [new("lumbar-rfa", null, "ServiceRequest/1")], CdsHook.OrderSelect,
            Cards.Context with { PatientId = null }).Cards.Single();

        card.Suggestions.ShouldBeNull();
        card.SelectionBehavior.ShouldBeNull();
        card.Indicator.ShouldBe(CdsIndicator.Warning);
    }

    [Fact]
    public void Suggestion_NoPrerequisiteMissing_NoSuggestionsAndNoSelectionBehavior()
    {
        var card = Cards.Order("facet-axial-positive-block", "lumbar-rfa").Cards.Single();

        card.Suggestions.ShouldBeNull();
        card.SelectionBehavior.ShouldBeNull();
        Cards.Json(new CdsCards([card])).ShouldNotContain("selectionBehavior");
    }

    [Fact]
    public void EveryCard_Json_SpecShapedWithoutNullsOrEmptyLists()
    {
        foreach (var (example, cards) in EveryCard())
        {
            using var json = JsonDocument.Parse(JsonSerializer.Serialize(cards, ContractJson.Options));
            foreach (var card in json.RootElement.GetProperty("cards").EnumerateArray())
            {
                Guid.TryParse(card.GetProperty("uuid").GetString(), out _).ShouldBeTrue(example);
                card.GetProperty("indicator").GetString().ShouldBeOneOf("info", "warning", "critical");
                card.GetProperty("source").GetProperty("label").GetString().ShouldNotBeNullOrEmpty();
                card.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("type").GetString()).ShouldAllBe(t => t == "absolute");
                card.TryGetProperty("suggestions", out var suggestions).ShouldBe(card.TryGetProperty("selectionBehavior", out _), example);
                if (suggestions.ValueKind == JsonValueKind.Array)
                {
                    foreach (var suggestion in suggestions.EnumerateArray())
                    {
                        Guid.TryParse(suggestion.GetProperty("uuid").GetString(), out _).ShouldBeTrue(example);
                        foreach (var action in suggestion.GetProperty("actions").EnumerateArray())
                        {
                            action.GetProperty("type").GetString().ShouldBe("create");
                            action.GetProperty("resource").ValueKind.ShouldBe(JsonValueKind.Object);
                        }
                    }
                }

                if (card.TryGetProperty("overrideReasons", out var reasons))
                {
                    foreach (var reason in reasons.EnumerateArray())
                    {
                        reason.GetProperty("system").GetString().ShouldBe(CdsOverrideReasons.System);
                        reason.GetProperty("display").GetString().ShouldNotBeNullOrEmpty();
                    }
                }

                AssertNoNullOrEmpty(card, example);
            }
        }
    }

    [Fact]
    public void PatientView_OneCandidate_NamedInTheSummaryAndLinked()
    {
        var card = Cards.Builder.ForPatientView(Cards.Report("vertebral-compression-fracture"), hasLowBackPain: true, Cards.Context).Cards.ShouldHaveSingleItem();

        card.Summary.ShouldStartWith("Low back pain procedures: Vertebral augmentation meets every required criterion; ");
        card.Detail!.ShouldContain("**Every required criterion sources state is met**");
        card.Links.ShouldHaveSingleItem().Url.ShouldBe(Cards.Context.EvaluationLink);
        card.Indicator.ShouldBe(CdsIndicator.Info);
    }

    [Fact]
    public void ForOrders_OverrideReasonsOnOrderCardsOnly()
    {
        Cards.Order("sij-pain", "sij-rfa").Cards.Single().OverrideReasons.ShouldBe(CdsOverrideReasons.All);
        Cards.Builder.ForPatientView(Cards.Report("sij-pain"), true, Cards.Context).Cards.Single().OverrideReasons.ShouldBeNull();
    }

    [Fact]
    public void ForOrders_UnknownProcedureAndDuplicateOrders_OneCardForTheKnownOne()
    {
        OrderedIntervention[] orders =
        [
            new("lumbar-rfa", null, "ServiceRequest/1"), new("not-a-procedure", null, "ServiceRequest/2"), new("lumbar-rfa", null, "ServiceRequest/3"),
            new("lumbar-rfa", "no-such-variant", "ServiceRequest/4"),
        ];

        var cards = Cards.Builder.ForOrders(Cards.Report("facet-axial-no-block"), orders, CdsHook.OrderSign, Cards.Context);

        cards.Cards.ShouldHaveSingleItem().Source.Topic!.Code.ShouldBe("lumbar-rfa");
    }

    [Fact]
    public void ForOrders_PatientViewHook_Throws() =>
        Should.Throw<ArgumentException>(() => Cards.Builder.ForOrders(Cards.Report("sparse"), [], CdsHook.PatientView, Cards.Context));

    [Fact]
    public void Enums_AsWrittenInJson_TheSpecificationsSpellings()
    {
        string Write<T>(T value) => JsonSerializer.Serialize(value, ContractJson.Options);

        Write(CdsHook.PatientView).ShouldBe("\"patient-view\"");
        Write(CdsHook.OrderSelect).ShouldBe("\"order-select\"");
        Write(CdsHook.OrderSign).ShouldBe("\"order-sign\"");
        Write(CdsSelectionBehavior.AtMostOne).ShouldBe("\"at-most-one\"");
        Write(CdsSelectionBehavior.Any).ShouldBe("\"any\"");
        Write(CdsIndicator.Critical).ShouldBe("\"critical\"");
        Write(CdsLinkType.Absolute).ShouldBe("\"absolute\"");
        Write(CdsActionType.Create).ShouldBe("\"create\"");
    }

    [Fact]
    public void Detail_KnowledgeTextWithMarkdownSyntax_Escaped()
    {
        var escape = typeof(CdsCard).Assembly.GetType("Spinewise.Application.CdsHooks.Internal.Markdown")!.GetMethod("Escape")!;

        escape.Invoke(null, ["*grade* [A] <b> a_b\nc"]).ShouldBe("\\*grade\\* \\[A\\] \\<b\\> a\\_b c");
    }

    private static void AssertNoNullOrEmpty(JsonElement element, string example)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    property.Value.ValueKind.ShouldNotBe(JsonValueKind.Null, $"{example}: {property.Name}");
                    if (property.Value.ValueKind == JsonValueKind.Array)
                    {
                        property.Value.GetArrayLength().ShouldBeGreaterThan(0, $"{example}: {property.Name}");
                    }

                    AssertNoNullOrEmpty(property.Value, example);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    AssertNoNullOrEmpty(item, example);
                }

                break;
        }
    }
}
