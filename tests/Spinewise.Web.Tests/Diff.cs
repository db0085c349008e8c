using System.Text.Json;

namespace Spinewise.Web.Tests;

/// <summary>Reads a replay's diff (<c>EvaluationDiffContract</c> as JSON).</summary>
public static class Diff
{
    private static readonly string[] Lists = ["interventions", "recommendations", "conflicts", "askNext"];

    /// <summary>How many changes it lists, checking that <c>changed</c> agrees.</summary>
    public static int Changes(JsonElement diff)
    {
        var count = Lists.Sum(list => diff.GetProperty(list).GetArrayLength());
        diff.GetProperty("changed").GetBoolean().ShouldBe(count > 0);
        return count;
    }

    public static (string Before, string After) Versions(JsonElement diff) =>
        (diff.GetProperty("knowledgeVersionBefore").GetString()!, diff.GetProperty("knowledgeVersionAfter").GetString()!);
}
