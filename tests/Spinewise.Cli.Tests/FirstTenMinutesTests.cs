namespace Spinewise.Cli.Tests;

public sealed class FirstTenMinutesTests
{
    [Fact]
    public void NoArguments_ListsEveryCommandOnOneLineEach()
    {
        var run = CliRun.Of();

        run.ExitCode.ShouldBe(0);
        var lines = run.Out.Split('\n').Select(l => l.TrimEnd()).ToList();
        foreach (var command in new[] { "kb validate", "recommend", "recommendations", "compare", "interventions", "conditions", "trial show", "meta rma", "escalc" })
        {
            lines.ShouldContain(l => l.StartsWith($"  {command} ", StringComparison.Ordinal), $"no line for {command}");
        }
    }

    [Theory]
    [InlineData(new[] { "recomend", "--case", "x.json" }, "'recomend': did you mean 'recommend'?")]
    [InlineData(new[] { "compare", "--interventon", "esi" }, "'--interventon': did you mean '--intervention'?")]
    [InlineData(new[] { "kb", "validat" }, "'validat': did you mean 'validate'?")]
    public void Mistyped_CommandOrOption_SuggestsTheNearestAndExitsTwo(string[] args, string hint)
    {
        var run = CliRun.Of(args);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(hint);
    }

    [Theory]
    [InlineData("ESI", "epidural-steroid-injection")]
    [InlineData("esi", "epidural-steroid-injection")]
    [InlineData("RFA", "lumbar-rfa")]
    [InlineData("mbb", "medial-branch-block")]
    [InlineData("LUMBAR-RFA", "lumbar-rfa")]
    public void InterventionOption_SynonymOrAnyCase_ResolvesToTheId(string given, string id)
    {
        var run = CliRun.Of("compare", "--intervention", given, "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Json().GetProperty("intervention").GetString().ShouldBe(id);
    }

    [Fact]
    public void RecommendationsFilter_Synonym_FiltersByTheId()
    {
        var run = CliRun.Of("recommendations", "--intervention", "RFA", "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Json().GetProperty("filters").GetProperty("intervention").GetString().ShouldBe("lumbar-rfa");
        run.Json().GetProperty("count").GetInt32().ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Interventions_Json_ListsIdsLabelsAndSynonyms()
    {
        var run = CliRun.Of("interventions", "--json");

        run.ExitCode.ShouldBe(0);
        var esi = run.Json().GetProperty("interventions").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "epidural-steroid-injection");
        esi.GetProperty("label").GetString().ShouldBe("Epidural steroid injection");
        esi.GetProperty("synonyms").EnumerateArray().Select(s => s.GetString()).ShouldContain("ESI");
        esi.GetProperty("variants").EnumerateArray().Select(s => s.GetString()).ShouldContain("transforaminal");
    }

    [Fact]
    public void Conditions_AtForty_KeepEveryIdWhole()
    {
        using var output = new StringWriter();
        CliApp.Run(["conditions"], CliIo.Plain(output, TextWriter.Null, width: 40)).ShouldBe(0);

        var kb = Testing.ShippedKnowledge.Value;
        var text = output.ToString();
        kb.Conditions.ShouldAllBe(c => text.Contains(c.Id.Value));
    }

    [Theory]
    [InlineData("80", 80)]
    [InlineData("200", 200)]
    [InlineData("abc", null)]
    [InlineData("5", null)]
    [InlineData(null, null)]
    public void Width_FromColumns_IsAWholeNumberOfAtLeastTwenty(string? columns, int? width) => CliIo.Width(columns).ShouldBe(width);
}
