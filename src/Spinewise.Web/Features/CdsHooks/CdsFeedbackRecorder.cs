using System.Globalization;
using Microsoft.Extensions.Options;
using Spinewise.Persistence;

namespace Spinewise.Web.Features.CdsHooks;

/// <summary>
/// Stores a feedback batch, each item linked to the evaluation whose answer held its card (searched in the stored
/// answers of the last <see cref="CdsServiceOptions.FeedbackWindow"/>). A card no stored answer holds is still stored,
/// with no evaluation: the specification defines no error for it, and the clinician's action is audit data either way.
/// </summary>
internal sealed class CdsFeedbackRecorder(IEvaluationStore store, TimeProvider time, IOptions<CdsServiceOptions> options)
{
    public async Task<IReadOnlyList<CdsFeedbackRecord>> RecordAsync(string serviceId, IReadOnlyList<FeedbackItem> items, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var since = now - options.Value.FeedbackWindow;
        var evaluations = new Dictionary<string, Guid?>(StringComparer.Ordinal);
        foreach (var card in items.Select(i => i.Card).Distinct(StringComparer.Ordinal))
        {
            var search = Guid.TryParse(card, out var uuid) ? uuid.ToString("D", CultureInfo.InvariantCulture) : card;
            evaluations[card] = await store.FindEvaluationByCardAsync(search, since, cancellationToken).ConfigureAwait(false);
        }

        var records = items.Select((item, i) => new CdsFeedbackRecord
        {
            Id = Guid.CreateVersion7(now.AddTicks(i)),
            ReceivedAt = now,
            ServiceId = serviceId,
            CardUuid = item.Card,
            EvaluationId = evaluations[item.Card],
            Outcome = item.Outcome,
            OverrideReason = item.OverrideReason,
            AcceptedSuggestions = item.AcceptedSuggestions,
            OutcomeTimestamp = item.OutcomeTimestamp,
            Body = item.Body,
        }).ToList();
        await store.SaveFeedbackAsync(records, cancellationToken).ConfigureAwait(false);
        return records;
    }
}
