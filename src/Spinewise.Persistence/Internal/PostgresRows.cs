using Npgsql;
using NpgsqlTypes;

namespace Spinewise.Persistence.Internal;

/// <summary>An evaluation as a PostgreSQL row (uuid, timestamptz, date, bytea).</summary>
internal static class PostgresRows
{
    public static void Bind(EvaluationRecord record, NpgsqlParameterCollection p)
    {
        p.AddWithValue("id", record.Id);
        p.AddWithValue("created_at", record.CreatedAt);
        p.AddWithValue("channel", record.Channel);
        p.Add(new NpgsqlParameter("case_id", NpgsqlDbType.Text) { Value = (object?)record.CaseId ?? DBNull.Value });
        p.AddWithValue("as_of", record.AsOf);
        p.AddWithValue("knowledge_version", record.KnowledgeVersion);
        p.AddWithValue("input", NpgsqlDbType.Bytea, record.Input);
        p.AddWithValue("input_content_type", record.InputContentType);
        p.AddWithValue("output_sha256", record.OutputSha256);
        p.AddWithValue("output_length", record.OutputLength);
        p.AddWithValue("output_content_type", record.OutputContentType);
        p.AddWithValue("engine_version", record.EngineVersion);
        p.Add(new NpgsqlParameter("hook_instance", NpgsqlDbType.Text) { Value = (object?)record.HookInstance ?? DBNull.Value });
        p.Add(new NpgsqlParameter("hook", NpgsqlDbType.Text) { Value = (object?)record.Hook ?? DBNull.Value });
        p.Add(new NpgsqlParameter("cards", NpgsqlDbType.Bytea) { Value = (object?)record.Cards ?? DBNull.Value });
    }

    /// <summary>Reads the rows of a query selecting <see cref="Sql.Columns"/>.</summary>
    public static async Task<List<EvaluationRecord>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<EvaluationRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new EvaluationRecord
            {
                Id = reader.GetGuid(0),
                CreatedAt = reader.GetFieldValue<DateTimeOffset>(1),
                Channel = reader.GetString(2),
                CaseId = reader.IsDBNull(3) ? null : reader.GetString(3),
                AsOf = reader.GetFieldValue<DateOnly>(4),
                KnowledgeVersion = reader.GetString(5),
                Input = reader.GetFieldValue<byte[]>(6),
                InputContentType = reader.GetString(7),
                OutputSha256 = reader.GetString(8),
                OutputLength = reader.GetInt64(9),
                OutputContentType = reader.GetString(10),
                EngineVersion = reader.GetString(11),
                HookInstance = reader.IsDBNull(12) ? null : reader.GetString(12),
                Hook = reader.IsDBNull(13) ? null : reader.GetString(13),
                Cards = reader.IsDBNull(14) ? null : reader.GetFieldValue<byte[]>(14),
            });
        }

        return rows;
    }
}
