using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Spinewise.Persistence;

namespace Spinewise.Web.Features.CdsHooks;

/// <summary>
/// A stored CDS Hooks call as <c>GET /api/evaluations/{id}</c> shows it: the request as received, the cards as sent,
/// and whether the stored cards still hash to the SHA-256 recorded when they were sent. (A hook call is not
/// re-evaluated here: when its chart came from the EHR's FHIR server, the stored request does not hold it.)
/// </summary>
internal sealed record StoredHookCall(
    string EvaluationId,
    string CreatedAt,
    string Channel,
    string Hook,
    string HookInstance,
    string? CaseId,
    string AsOf,
    string KnowledgeVersion,
    string InputContentType,
    JsonElement Input,
    string OutputSha256,
    long OutputLength,
    bool CardsIntact,
    JsonElement Cards)
{
    public static StoredHookCall From(EvaluationRecord record)
    {
        var cards = record.Cards ?? throw new InvalidOperationException($"The hook call {record.Id} was stored without its cards.");
        return new StoredHookCall(
            record.Id.ToString(),
            record.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            record.Channel,
            record.Hook ?? "",
            record.HookInstance ?? "",
            record.CaseId,
            record.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            record.KnowledgeVersion,
            record.InputContentType,
            Parse(record.Input),
            record.OutputSha256,
            record.OutputLength,
            Convert.ToHexStringLower(SHA256.HashData(cards)) == record.OutputSha256 && cards.Length == record.OutputLength,
            Parse(cards));
    }

    private static JsonElement Parse(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
