using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Spinewise.Web.Tests;

/// <summary>Evaluate, read and list stored evaluations; run on SQLite and on PostgreSQL.</summary>
public abstract partial class StoredEvaluationsTests
{
    protected abstract WebFactory Factory { get; }

    private HttpClient Client => Factory.CreateClient();

    public virtual async Task Get_Stored_RecordWithInputAndReproducedAnswer()
    {
        var posted = await Client.PostJson("/api/evaluate", Http.StenosisCase);
        var sent = await posted.Content.ReadAsByteArrayAsync();
        var id = (await posted.Json()).GetProperty("evaluationId").GetString();

        var response = await Client.Get($"/api/evaluations/{id}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var record = await response.Json();
        record.GetProperty("evaluationId").GetString().ShouldBe(id);
        record.GetProperty("channel").GetString().ShouldBe("api");
        record.GetProperty("caseId").GetString().ShouldBe("stenosis-claudication");
        record.GetProperty("asOf").GetString().ShouldBe("2026-12-01");
        record.GetProperty("inputContentType").GetString().ShouldBe("application/json");
        JsonSerializer.Serialize(record.GetProperty("input")).ShouldBe(JsonSerializer.Serialize(JsonDocument.Parse(Http.StenosisCase).RootElement));
        record.GetProperty("reproduced").GetBoolean().ShouldBeTrue();
        record.GetProperty("recomputedSha256").GetString().ShouldBe(record.GetProperty("outputSha256").GetString());
        record.GetProperty("outputSha256").GetString().ShouldBe(Sha256(WithoutEvaluationId(sent)));
        record.GetProperty("result").GetProperty("knowledgeVersion").GetString().ShouldBe(record.GetProperty("knowledgeVersion").GetString());
    }

    public virtual async Task Get_UnknownOrMalformedId_404()
    {
        (await Client.Get($"/api/evaluations/{Guid.CreateVersion7()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var response = await Client.Get("/api/evaluations/not-an-id");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Problem()).GetProperty("id").GetString().ShouldBe("not-an-id");
    }

    public virtual async Task List_ByCaseIdPaged_EveryOneOnce()
    {
        var caseId = "paging-" + Guid.NewGuid().ToString("N")[..8];
        var text = Http.StenosisCase.Replace("\"stenosis-claudication\"", $"\"{caseId}\"", StringComparison.Ordinal);
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await (await Client.PostJson("/api/evaluate", text)).Json()).GetProperty("evaluationId").GetString()!);
        }

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await (await Client.Get($"/api/evaluations?caseId={caseId}&limit=2" + (cursor is null ? "" : $"&cursor={cursor}"))).Json();
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("evaluationId").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        seen.ShouldBe(Enumerable.Reverse(ids).ToList());
    }

    public virtual async Task List_TimeRange_OnlyWithin()
    {
        var caseId = "range-" + Guid.NewGuid().ToString("N")[..8];
        await Client.PostJson("/api/evaluate", Http.StenosisCase.Replace("\"stenosis-claudication\"", $"\"{caseId}\"", StringComparison.Ordinal));

        var past = await (await Client.Get($"/api/evaluations?caseId={caseId}&to=2000-01-01T00:00:00Z")).Json();
        var recent = await (await Client.Get($"/api/evaluations?caseId={caseId}&from=2000-01-01T00:00:00Z")).Json();

        past.GetProperty("items").GetArrayLength().ShouldBe(0);
        recent.GetProperty("items").GetArrayLength().ShouldBe(1);
    }

    public virtual async Task Evaluate_InvalidCase_NothingStored()
    {
        var caseId = "invalid-" + Guid.NewGuid().ToString("N")[..8];
        var text = Http.StenosisCase.Replace("\"stenosis-claudication\"", $"\"{caseId}\"", StringComparison.Ordinal).Replace("\"age\": 68", "\"age\": -3", StringComparison.Ordinal);

        (await Client.PostJson("/api/evaluate", text)).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);

        var page = await (await Client.Get($"/api/evaluations?caseId={caseId}")).Json();
        page.GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    public virtual async Task Replay_UnchangedKnowledge_NoChanges()
    {
        var id = (await (await Client.PostJson("/api/evaluate", Http.StenosisCase)).Json()).GetProperty("evaluationId").GetString();

        var response = await Client.PostAsync(Http.Path($"/api/evaluations/{id}/replay"), null);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Diff.Changes(await response.Json()).ShouldBe(0);
    }

    /// <summary>The body as sent without its <c>evaluationId</c> line: the bytes whose hash was stored.</summary>
    internal static byte[] WithoutEvaluationId(byte[] sent) =>
        Encoding.UTF8.GetBytes(EvaluationIdLine().Replace(Encoding.UTF8.GetString(sent), "", 1));

    internal static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    [GeneratedRegex("\"evaluationId\":\"[0-9a-f-]{36}\",")]
    private static partial Regex EvaluationIdLine();
}
