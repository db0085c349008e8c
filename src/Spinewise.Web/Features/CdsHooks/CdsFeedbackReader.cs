using System.Globalization;
using System.Text;
using System.Text.Json;
using Spinewise.Web.Problems;

namespace Spinewise.Web.Features.CdsHooks;

/// <summary>
/// Reads a feedback body (CDS Hooks 2.0 §Feedback): <c>{"feedback":[…]}</c>, each item with <c>card</c>,
/// <c>outcome</c> (accepted | overridden), <c>acceptedSuggestions</c> (required when accepted), an optional
/// <c>overrideReason</c> and <c>outcomeTimestamp</c>. Every problem is collected with its JSON path; members the
/// specification does not define are ignored (and kept in the stored item, which is stored as received).
/// </summary>
internal static class CdsFeedbackReader
{
    public const string Accepted = "accepted";
    public const string Overridden = "overridden";

    public static (IReadOnlyList<FeedbackItem> Items, IReadOnlyList<ProblemError> Errors) Read(byte[] body)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } l ? (int)l + 1 : (int?)null;
            var column = ex.BytePositionInLine is { } c ? (int)c + 1 : (int?)null;
            return ([], [new ProblemError("malformed-json", "The body is not valid JSON: " + ex.Message.Split(" LineNumber", 2)[0], "$", line, column)]);
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("feedback", out var feedback) || feedback.ValueKind != JsonValueKind.Array)
        {
            return ([], [new ProblemError("invalid-request", "The body is an object whose feedback member is an array.", "$.feedback")]);
        }

        var items = new List<FeedbackItem>();
        var errors = new List<ProblemError>();
        var index = 0;
        foreach (var item in feedback.EnumerateArray())
        {
            var path = $"$.feedback[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new ProblemError("invalid-request", "A feedback item is an object.", path));
                continue;
            }

            var card = String(item, "card", path, errors);
            var outcome = String(item, "outcome", path, errors);
            if (outcome is not null and not Accepted and not Overridden)
            {
                errors.Add(new ProblemError("invalid-request", $"outcome is accepted or overridden, not '{outcome}'.", path + ".outcome"));
            }

            var timestamp = String(item, "outcomeTimestamp", path, errors);
            if (timestamp is not null && !DateTimeOffset.TryParse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                errors.Add(new ProblemError("invalid-request", $"outcomeTimestamp '{timestamp}' is not an RFC 3339 time.", path + ".outcomeTimestamp"));
            }

            var accepted = Member(item, "acceptedSuggestions", JsonValueKind.Array, path, errors);
            if (outcome == Accepted && accepted is null && !item.TryGetProperty("acceptedSuggestions", out _))
            {
                errors.Add(new ProblemError("invalid-request", "acceptedSuggestions is required when the outcome is accepted.", path + ".acceptedSuggestions"));
            }

            var reason = Member(item, "overrideReason", JsonValueKind.Object, path, errors);
            if (card is not null && outcome is not null && timestamp is not null)
            {
                items.Add(new FeedbackItem(card, outcome, timestamp, reason, accepted, Encoding.UTF8.GetBytes(item.GetRawText())));
            }
        }

        if (index == 0)
        {
            errors.Add(new ProblemError("invalid-request", "feedback holds at least one item.", "$.feedback"));
        }

        return errors.Count > 0 ? ([], errors) : (items, errors);
    }

    private static string? String(JsonElement item, string name, string path, List<ProblemError> errors)
    {
        if (item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
        {
            return text;
        }

        errors.Add(new ProblemError("invalid-request", $"{name} is required and is a non-empty string.", $"{path}.{name}"));
        return null;
    }

    private static byte[]? Member(JsonElement item, string name, JsonValueKind kind, string path, List<ProblemError> errors)
    {
        if (!item.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != kind)
        {
            errors.Add(new ProblemError("invalid-request", $"{name} is an {kind.ToString().ToLowerInvariant()}.", $"{path}.{name}"));
            return null;
        }

        return Encoding.UTF8.GetBytes(value.GetRawText());
    }
}

/// <summary>One feedback item as read: its members and its bytes as received.</summary>
internal sealed record FeedbackItem(string Card, string Outcome, string OutcomeTimestamp, byte[]? OverrideReason, byte[]? AcceptedSuggestions, byte[] Body);
