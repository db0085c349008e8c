using System.Text.Json;
using Spinewise.Application.Meta;

namespace Spinewise.Application.Tests.Meta;

/// <summary>Every meta-analysis use case runs on CSV text and on JSON rows, with the same contract from both.</summary>
public sealed class MetaUseCaseTests
{
    public static TheoryData<string> Analyses => ["escalc", "rma", "mh", "peto", "leave1out", "influence", "regtest", "ranktest", "trimfill", "fsn"];

    private static string Run(string analysis, MetaRows rows)
    {
        var rr = new[] { ("measure", "RR") };
        return analysis switch
        {
            "escalc" => Json(new EscalcUseCase().Run(Studies.Request(rows, rr))),
            "rma" => Json(new RmaUseCase().Run(Studies.Request(rows, [.. rr, ("subgroup", "alloc")]))),
            "mh" => Json(new MantelHaenszelUseCase().Run(Studies.Request(rows, ("measure", "OR")))),
            "peto" => Json(new PetoUseCase().Run(Studies.Request(rows))),
            "leave1out" => Json(new Leave1OutUseCase().Run(Studies.Request(rows, rr))),
            "influence" => Json(new InfluenceUseCase().Run(Studies.Request(rows, rr))),
            "regtest" => Json(new RegTestUseCase().Run(Studies.Request(rows, [.. rr, ("model", "lm")]))),
            "ranktest" => Json(new RankTestUseCase().Run(Studies.Request(rows, rr))),
            "trimfill" => Json(new TrimFillUseCase().Run(Studies.Request(rows, rr))),
            "fsn" => Json(new FsnUseCase().Run(Studies.Request(rows, [.. rr, ("type", "Orwin")]))),
            _ => throw new ArgumentOutOfRangeException(nameof(analysis), analysis, null),
        };
    }

    private static string Json<TReport, TResult>(MetaResult<MetaAnalysis<TReport, TResult>> result)
        where TReport : class
        where TResult : class
    {
        result.Diagnostics.ShouldBeEmpty();
        return Studies.Serialize(result.Value.Report);
    }

    [Theory]
    [MemberData(nameof(Analyses))]
    public void Run_CsvTextAndJsonRows_GiveTheSameContract(string analysis)
    {
        var fromCsv = Run(analysis, Studies.CsvRows());
        var fromJson = Run(analysis, Studies.JsonRows());

        fromJson.ShouldBe(fromCsv);
        using var doc = JsonDocument.Parse(fromCsv);
        doc.RootElement.GetProperty("settings").GetProperty("file").GetString().ShouldBe(Studies.Source);
    }

    [Fact]
    public void Rma_Bcg_KeepsMetaforsKeysAndValues()
    {
        var run = new RmaUseCase().Run(Studies.Request(Studies.JsonRows(), ("measure", "RR"), ("method", "DL"))).Value;

        using var doc = JsonDocument.Parse(Studies.Serialize(run.Report));
        var root = doc.RootElement;
        root.GetProperty("k").GetInt32().ShouldBe(7);
        root.GetProperty("method").GetString().ShouldBe("DL");
        root.GetProperty("ci.lb").GetArrayLength().ShouldBe(1);
        root.GetProperty("beta")[0].GetDouble().ShouldBe(run.Result.Fit.Beta[0], 1e-12);
        root.TryGetProperty("tval", out _).ShouldBeFalse();
        root.GetProperty("zval").GetArrayLength().ShouldBe(1);
        root.TryGetProperty("R2", out _).ShouldBeFalse();
        root.GetProperty("QMdf")[1].ValueKind.ShouldBe(JsonValueKind.Null); // NA df2 of a z test
    }

    [Fact]
    public void Rma_TTest_WritesTvalAndDdfNotZval()
    {
        var run = new RmaUseCase().Run(Studies.Request(Studies.CsvRows(), ("measure", "RR"), ("test", "knha"))).Value;

        using var doc = JsonDocument.Parse(Studies.Serialize(run.Report));
        doc.RootElement.TryGetProperty("zval", out _).ShouldBeFalse();
        doc.RootElement.GetProperty("tval").GetArrayLength().ShouldBe(1);
        doc.RootElement.GetProperty("ddf")[0].GetDouble().ShouldBe(6);
    }
}
