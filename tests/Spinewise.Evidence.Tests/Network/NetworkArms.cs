using Spinewise.Evidence.Data;
using Spinewise.Evidence.Network;
using Spinewise.Evidence.Tests.Reference;

namespace Spinewise.Evidence.Tests.Network;

/// <summary>Arm-level test data: dat.senn2013 from the reference folder, and small hand-made networks.</summary>
internal static class NetworkArms
{
    public static List<NetworkArmRow> Senn()
    {
        var table = CsvReader.ReadFile(Path.Combine(ReferenceCases.Folder, "data", "dat.senn2013.csv"));
        var n = table.Numeric("ni");
        var m = table.Numeric("mi");
        var sd = table.Numeric("sdi");
        return [.. Enumerable.Range(0, table.RowCount).Select(i => NetworkArmRow.Continuous(table[i, 0]!, table[i, 2]!, m[i], sd[i], n[i]))];
    }

    /// <summary>Two-arm studies as contrasts (yi, vi) between the named treatments.</summary>
    public static List<NetworkContrastRow> TwoArm(params (string Study, string T1, string T2, double Yi, double Vi)[] rows) =>
        [.. rows.Select(r => new NetworkContrastRow(r.Study, r.T1, r.T2, r.Yi, r.Vi))];
}
