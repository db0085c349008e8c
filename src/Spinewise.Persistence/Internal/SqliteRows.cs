using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Spinewise.Persistence.Internal;

/// <summary>An evaluation as an SQLite row: ids as canonical lower-case text, times as microseconds, dates as yyyy-MM-dd.</summary>
internal static class SqliteRows
{
    public static string Text(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);

    public static void Bind(EvaluationRecord record, SqliteParameterCollection p)
    {
        p.AddWithValue("@id", Text(record.Id));
        p.AddWithValue("@created_at", StoreTime.ToMicroseconds(record.CreatedAt));
        p.AddWithValue("@channel", record.Channel);
        p.AddWithValue("@case_id", (object?)record.CaseId ?? DBNull.Value);
        p.AddWithValue("@as_of", record.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        p.AddWithValue("@knowledge_version", record.KnowledgeVersion);
        p.Add("@input", SqliteType.Blob).Value = record.Input;
        p.AddWithValue("@input_content_type", record.InputContentType);
        p.AddWithValue("@output_sha256", record.OutputSha256);
        p.AddWithValue("@output_length", record.OutputLength);
        p.AddWithValue("@output_content_type", record.OutputContentType);
        p.AddWithValue("@engine_version", record.EngineVersion);
        p.AddWithValue("@hook_instance", (object?)record.HookInstance ?? DBNull.Value);
        p.AddWithValue("@hook", (object?)record.Hook ?? DBNull.Value);
        p.Add("@cards", SqliteType.Blob).Value = (object?)record.Cards ?? DBNull.Value;
    }

    /// <summary>Reads the rows of a query selecting <see cref="Sql.Columns"/>.</summary>
    public static async Task<List<EvaluationRecord>> ReadAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<EvaluationRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new EvaluationRecord
            {
                Id = Guid.ParseExact(reader.GetString(0), "D"),
                CreatedAt = StoreTime.FromMicroseconds(reader.GetInt64(1)),
                Channel = reader.GetString(2),
                CaseId = reader.IsDBNull(3) ? null : reader.GetString(3),
                AsOf = DateOnly.ParseExact(reader.GetString(4), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                KnowledgeVersion = reader.GetString(5),
                Input = (byte[])reader.GetValue(6),
                InputContentType = reader.GetString(7),
                OutputSha256 = reader.GetString(8),
                OutputLength = reader.GetInt64(9),
                OutputContentType = reader.GetString(10),
                EngineVersion = reader.GetString(11),
                HookInstance = reader.IsDBNull(12) ? null : reader.GetString(12),
                Hook = reader.IsDBNull(13) ? null : reader.GetString(13),
                Cards = reader.IsDBNull(14) ? null : (byte[])reader.GetValue(14),
            });
        }

        return rows;
    }
}
