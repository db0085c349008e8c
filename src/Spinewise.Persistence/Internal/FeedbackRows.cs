using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Spinewise.Persistence.Internal;

/// <summary>The <c>cds_feedback</c> statements and rows of both providers, and the card search over stored answers.</summary>
internal static class FeedbackRows
{
    public const string Columns =
        "id, received_at, service_id, card_uuid, evaluation_id, outcome, override_reason, accepted_suggestions, outcome_timestamp, body";

    public const string Insert =
        "INSERT INTO cds_feedback (" + Columns + ") VALUES (@id, @received_at, @service_id, @card_uuid, @evaluation_id, @outcome, @override_reason, @accepted_suggestions, @outcome_timestamp, @body)";

    public const string SelectByCard = "SELECT " + Columns + " FROM cds_feedback WHERE card_uuid = @card_uuid ORDER BY received_at, id";

    // The card's uuid as a JSON string ("…", quotes included) inside the stored answer: a byte search over the blob.
    public const string SqliteFindByCard =
        "SELECT id FROM evaluations WHERE hook_instance IS NOT NULL AND created_at >= @since AND instr(cards, @needle) > 0 ORDER BY created_at DESC, id DESC LIMIT 1";

    public const string PostgresFindByCard =
        "SELECT id FROM evaluations WHERE hook_instance IS NOT NULL AND created_at >= @since AND position(@needle in cards) > 0 ORDER BY created_at DESC, id DESC LIMIT 1";

    /// <summary>The bytes searched for: the uuid as a JSON string value.</summary>
    public static byte[] Needle(string cardUuid) => Encoding.UTF8.GetBytes("\"" + cardUuid + "\"");

    public static void ThrowIfInvalid(IReadOnlyList<CdsFeedbackRecord> feedback)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        foreach (var item in feedback)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(feedback));
            item.ThrowIfInvalid();
        }
    }

    public static void Bind(CdsFeedbackRecord record, SqliteParameterCollection p)
    {
        p.AddWithValue("@id", SqliteRows.Text(record.Id));
        p.AddWithValue("@received_at", StoreTime.ToMicroseconds(record.ReceivedAt));
        p.AddWithValue("@service_id", record.ServiceId);
        p.AddWithValue("@card_uuid", record.CardUuid);
        p.AddWithValue("@evaluation_id", record.EvaluationId is { } id ? SqliteRows.Text(id) : DBNull.Value);
        p.AddWithValue("@outcome", record.Outcome);
        p.Add("@override_reason", SqliteType.Blob).Value = (object?)record.OverrideReason ?? DBNull.Value;
        p.Add("@accepted_suggestions", SqliteType.Blob).Value = (object?)record.AcceptedSuggestions ?? DBNull.Value;
        p.AddWithValue("@outcome_timestamp", record.OutcomeTimestamp);
        p.Add("@body", SqliteType.Blob).Value = record.Body;
    }

    public static void Bind(CdsFeedbackRecord record, NpgsqlParameterCollection p)
    {
        p.AddWithValue("id", record.Id);
        p.AddWithValue("received_at", record.ReceivedAt);
        p.AddWithValue("service_id", record.ServiceId);
        p.AddWithValue("card_uuid", record.CardUuid);
        p.Add(new NpgsqlParameter("evaluation_id", NpgsqlDbType.Uuid) { Value = (object?)record.EvaluationId ?? DBNull.Value });
        p.AddWithValue("outcome", record.Outcome);
        p.Add(new NpgsqlParameter("override_reason", NpgsqlDbType.Bytea) { Value = (object?)record.OverrideReason ?? DBNull.Value });
        p.Add(new NpgsqlParameter("accepted_suggestions", NpgsqlDbType.Bytea) { Value = (object?)record.AcceptedSuggestions ?? DBNull.Value });
        p.AddWithValue("outcome_timestamp", record.OutcomeTimestamp);
        p.AddWithValue("body", NpgsqlDbType.Bytea, record.Body);
    }

    public static async Task<IReadOnlyList<CdsFeedbackRecord>> ReadAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<CdsFeedbackRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new CdsFeedbackRecord
            {
                Id = Guid.ParseExact(reader.GetString(0), "D"),
                ReceivedAt = StoreTime.FromMicroseconds(reader.GetInt64(1)),
                ServiceId = reader.GetString(2),
                CardUuid = reader.GetString(3),
                EvaluationId = reader.IsDBNull(4) ? null : Guid.ParseExact(reader.GetString(4), "D"),
                Outcome = reader.GetString(5),
                OverrideReason = reader.IsDBNull(6) ? null : (byte[])reader.GetValue(6),
                AcceptedSuggestions = reader.IsDBNull(7) ? null : (byte[])reader.GetValue(7),
                OutcomeTimestamp = reader.GetString(8),
                Body = (byte[])reader.GetValue(9),
            });
        }

        return rows;
    }

    public static async Task<IReadOnlyList<CdsFeedbackRecord>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<CdsFeedbackRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new CdsFeedbackRecord
            {
                Id = reader.GetGuid(0),
                ReceivedAt = reader.GetFieldValue<DateTimeOffset>(1),
                ServiceId = reader.GetString(2),
                CardUuid = reader.GetString(3),
                EvaluationId = reader.IsDBNull(4) ? null : reader.GetGuid(4),
                Outcome = reader.GetString(5),
                OverrideReason = reader.IsDBNull(6) ? null : reader.GetFieldValue<byte[]>(6),
                AcceptedSuggestions = reader.IsDBNull(7) ? null : reader.GetFieldValue<byte[]>(7),
                OutcomeTimestamp = reader.GetString(8),
                Body = reader.GetFieldValue<byte[]>(9),
            });
        }

        return rows;
    }
}
