using System.Text.Json;
using Spinewise.Application.CdsHooks;
using Spinewise.Application.Json;
using Spinewise.Persistence;
using Spinewise.Web.Features.CdsHooks;

namespace Spinewise.Web.Pages.Evaluations;

/// <summary>
/// A stored CDS Hooks call as its page shows it (the page each card links to): the hook, the knowledge version, the
/// cards exactly as sent and whether they still hash to the SHA-256 stored when they were sent. A hook call is not
/// re-evaluated: when the chart came from the EHR's FHIR server, the stored request does not hold it.
/// </summary>
internal sealed class HookCallView
{
    public required EvaluationRecord Record { get; init; }

    public required IReadOnlyList<CdsCard> Cards { get; init; }

    /// <summary>Whether the stored cards still hash to the SHA-256 recorded when they were sent.</summary>
    public required bool CardsIntact { get; init; }

    public static HookCallView From(EvaluationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var stored = StoredHookCall.From(record);
        var cards = JsonSerializer.Deserialize<CdsCards>(record.Cards!, ContractJson.Wire)
            ?? throw new InvalidOperationException($"The hook call {record.Id} was stored with cards that read as null.");
        return new HookCallView { Record = record, Cards = cards.Cards, CardsIntact = stored.CardsIntact };
    }

    /// <summary>The intervention a card is about (its <c>source.topic</c>); null for the patient-view summary card.</summary>
    public static string? InterventionId(CdsCard card) =>
        card.Source.Topic is { } topic && topic.System == CdsCardBuilder.TopicSystem && topic.Code != CdsCardBuilder.PatientViewTopic ? topic.Code : null;

    public static string IndicatorWords(CdsIndicator indicator) => indicator switch
    {
        CdsIndicator.Critical => "critical",
        CdsIndicator.Warning => "warning",
        _ => "info",
    };
}
