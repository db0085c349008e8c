using System.Globalization;
using System.Text.Json;
using Spinewise.Testing;

namespace Spinewise.Web.Pages.Tests;

/// <summary>metafor's results for the workbench tests, read from <c>shared/reference/metafor/cases</c> at test time, and numbers as metafor prints them.</summary>
internal static class EvidenceReference
{
    public static JsonElement Expected(string caseId) => Case(caseId).GetProperty("expected");

    public static JsonElement Case(string caseId)
    {
        var path = Path.Combine(RepositoryPaths.Shared, "reference", "metafor", "cases", caseId + ".json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }

    public static double First(this JsonElement e, string name) => e.GetProperty(name)[0].GetDouble();

    public static double Scalar(this JsonElement e, string name) => e.GetProperty(name).GetDouble();

    /// <summary>4 decimals, as metafor prints (and the page's summary shows).</summary>
    public static string F(double x, int digits = 4) => x.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>The bcg rows with metafor's own argument names (ai, bi, ci, di), as an analyst would upload them.</summary>
    public static string BcgWithMetaforNames() =>
        File.ReadAllText(Path.Combine(RepositoryPaths.Repository, "examples", "meta", "bcg.csv"))
            .Replace("\"tpos\",\"tneg\",\"cpos\",\"cneg\"", "\"ai\",\"bi\",\"ci\",\"di\"", StringComparison.Ordinal);
}
