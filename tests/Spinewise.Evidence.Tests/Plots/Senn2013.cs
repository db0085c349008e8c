using Spinewise.Evidence.Data;
using Spinewise.Evidence.Network;
using Spinewise.Evidence.Tests.Reference;

namespace Spinewise.Evidence.Tests.Plots;

/// <summary>dat.senn2013 as the network plots take it: arms, and the pairwise contrasts of nma_senn2013_contrast_REML.</summary>
internal static class Senn2013
{
    public static NetworkGeometry Geometry()
    {
        var table = CsvReader.ReadFile(Path.Combine(ReferenceCases.Folder, "data", "dat.senn2013.csv"));
        var n = table.Numeric("ni");
        return NetworkGeometry.Of([.. Enumerable.Range(0, table.RowCount).Select(i => new NetworkArm(table[i, 0]!, table[i, 2]!, n[i]))]);
    }

    public static NetworkFit Fit()
    {
        var e = ReferenceCases.Get("nma_senn2013_contrast_REML")["expected"]!.AsObject();
        var vb = e["vb"]!.AsArray().Select(r => (IReadOnlyList<double>)Json.Arr(r)).ToArray();
        return new NetworkFit(Json.Strs(e["coef_names"]), (string)e["reference_treatment"]!, Json.Arr(e["beta"]), vb, Json.Arr(e["tau2"])[0]);
    }

    /// <summary>All 45 pairwise differences of the fit (checked against metafor's predict() in NetworkRankingTests).</summary>
    public static IReadOnlyList<NetworkContrast> Pairwise() => NetworkRanking.Pairwise(Fit());

    public static readonly string[] Treatments =
        ["acarbose", "benfluorex", "metformin", "miglitol", "pioglitazone", "placebo", "rosiglitazone", "sitagliptin", "sulfonylurea", "vildagliptin"];
}
