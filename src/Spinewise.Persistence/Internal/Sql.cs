using System.Text;

namespace Spinewise.Persistence.Internal;

/// <summary>The statements both providers share (parameter names are the same; only column types differ).</summary>
internal static class Sql
{
    public const string Columns =
        "id, created_at, channel, case_id, as_of, knowledge_version, input, input_content_type, output_sha256, output_length, output_content_type, engine_version, hook_instance, hook, cards";

    public const string Insert =
        "INSERT INTO evaluations (" + Columns + ") VALUES (@id, @created_at, @channel, @case_id, @as_of, @knowledge_version, @input, @input_content_type, @output_sha256, @output_length, @output_content_type, @engine_version, @hook_instance, @hook, @cards)";

    public const string SelectOne = "SELECT " + Columns + " FROM evaluations WHERE id = @id";

    public const string InsertKnowledge =
        "INSERT INTO knowledge_versions (id, created_at, content) VALUES (@id, @created_at, @content) ON CONFLICT (id) DO NOTHING";

    public const string SelectKnowledge = "SELECT id, created_at, content FROM knowledge_versions WHERE id = @id";

    /// <summary>The listing: newest first, keyset on (created_at, id), one row more than the page to know whether another follows.</summary>
    public static string List(EvaluationQuery query)
    {
        var sql = new StringBuilder("SELECT ").Append(Columns).Append(" FROM evaluations WHERE 1 = 1");
        if (query.CaseId is not null)
        {
            sql.Append(" AND case_id = @case_id");
        }

        if (query.HookInstance is not null)
        {
            sql.Append(" AND hook_instance = @hook_instance");
        }

        if (query.From is not null)
        {
            sql.Append(" AND created_at >= @from");
        }

        if (query.To is not null)
        {
            sql.Append(" AND created_at < @to");
        }

        if (query.Cursor is not null)
        {
            sql.Append(" AND (created_at, id) < (@cursor_created_at, @cursor_id)");
        }

        return sql.Append(" ORDER BY created_at DESC, id DESC LIMIT @limit").ToString();
    }

    public static void ThrowIfInvalid(EvaluationQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1, nameof(query));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Limit, EvaluationQuery.MaxLimit, nameof(query));
    }

    public static EvaluationPage Page(List<EvaluationRecord> rows, int limit)
    {
        if (rows.Count <= limit)
        {
            return new EvaluationPage(rows, null);
        }

        rows.RemoveRange(limit, rows.Count - limit);
        var last = rows[^1];
        return new EvaluationPage(rows, new EvaluationCursor(last.CreatedAt, last.Id));
    }
}
