using System.Security.Cryptography;
using System.Text;

namespace Spinewise.Persistence.Tests.Support;

/// <summary>Test data builders.</summary>
internal static class Some
{
    public static readonly string KnowledgeId = new('a', 64);

    public static readonly byte[] KnowledgeContent = "SWK1 test knowledge"u8.ToArray();

    public static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>An evaluation at a time (a UUIDv7 of that time), with a small JSON input naming the case.</summary>
    public static EvaluationRecord Evaluation(DateTimeOffset at, string? caseId = "case-1", string? knowledgeVersion = null)
    {
        var input = Encoding.UTF8.GetBytes($"{{ \"id\": \"{caseId}\", \"age\": 63 }}\n");
        var output = Encoding.UTF8.GetBytes("{\"result\":" + at.ToUnixTimeMilliseconds() + "}");
        return new EvaluationRecord
        {
            Id = Guid.CreateVersion7(at),
            CreatedAt = at,
            Channel = "api",
            CaseId = caseId,
            AsOf = DateOnly.FromDateTime(at.UtcDateTime),
            KnowledgeVersion = knowledgeVersion ?? KnowledgeId,
            Input = input,
            InputContentType = "application/json",
            OutputSha256 = Convert.ToHexStringLower(SHA256.HashData(output)),
            OutputLength = output.Length,
            OutputContentType = "application/json",
            EngineVersion = "1.0.0-test",
        };
    }
}
