using System.Globalization;
using System.Text;
using System.Text.Json;
using Spinewise.Application.Contracts.Stored;
using Spinewise.Application.Evaluations;
using Spinewise.Persistence;

namespace Spinewise.Web.Features.Evaluations;

/// <summary>Stored records as the stored-evaluation contracts show them.</summary>
internal static class StoredEvaluationMapping
{
    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static EvaluationSummaryJson Summary(EvaluationRecord record) =>
        new(record.Id.ToString(), Time(record.CreatedAt), record.Channel, record.CaseId, Date(record.AsOf), record.KnowledgeVersion, record.OutputSha256);

    public static StoredEvaluationContract Contract(EvaluationRecord record, Evaluation recomputed, byte[] output)
    {
        var sha = EvaluationRecorder.Sha256(output);
        return new StoredEvaluationContract(
            record.Id.ToString(), Time(record.CreatedAt), record.Channel, record.CaseId, Date(record.AsOf), record.KnowledgeVersion,
            record.InputContentType, Input(record.Input), record.OutputSha256, record.OutputLength, sha,
            sha == record.OutputSha256 && output.Length == record.OutputLength, recomputed.Contract);
    }

    private static JsonElement Input(byte[] input)
    {
        var bytes = input.AsMemory();
        if (bytes.Span.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        using var document = JsonDocument.Parse(bytes, Lenient);
        return document.RootElement.Clone();
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
