namespace Spinewise.Domain.Cases.Internal;

/// <summary>
/// The JSON paths of a case's fields (<c>$.age</c>, <c>$.findings.nprs</c>, <c>$.conditions[2]</c>,
/// <c>$.history[0].date</c>), made once so that reading a case does not format a path per field.
/// </summary>
internal static class CasePaths
{
    /// <summary>The top-level keys, in the order the draft's fields are read and reported.</summary>
    public static readonly string[] TopKeys = ["id", "asOf", "age", "sex", "painDurationMonths", "painType", "conditions", "ruledOut", "findings", "history", "notDone", "flags"];

    /// <summary>The keys of a history entry, in the order its fields are read and reported.</summary>
    public static readonly string[] HistoryKeys = ["intervention", "variant", "date", "months", "outcome", "reliefPercent"];

    /// <summary>The findings keys (<see cref="CaseFacts.Findings"/>).</summary>
    public static readonly string[] FindingKeys = [.. CaseFacts.Findings.Select(f => f.Key)];

    /// <summary>The flag keys (<see cref="CaseFacts.Flags"/>).</summary>
    public static readonly string[] FlagKeys = [.. CaseFacts.Flags.Select(f => f.Key)];

    /// <summary><c>$.</c> and each top-level key.</summary>
    public static readonly string[] Top = [.. TopKeys.Select(k => "$." + k)];

    /// <summary><c>$.findings.</c> and each findings key.</summary>
    public static readonly string[] Findings = [.. FindingKeys.Select(k => "$.findings." + k)];

    /// <summary><c>$.flags.</c> and each flag key.</summary>
    public static readonly string[] Flags = [.. FlagKeys.Select(k => "$.flags." + k)];

    private const int Cached = 64;
    private const int CachedHistory = 16;
    private static readonly string[][] Items = [.. TopKeys.Select(k => Enumerable.Range(0, Cached).Select(i => $"$.{k}[{i}]").ToArray())];
    private static readonly string[][] HistoryFields =
        [.. Enumerable.Range(0, CachedHistory).Select(i => HistoryKeys.Select(k => $"$.history[{i}].{k}").ToArray())];

    /// <summary>The path of item <paramref name="index"/> of the list under top-level key number <paramref name="key"/>.</summary>
    public static string Item(int key, int index) => index < Cached ? Items[key][index] : $"{Top[key]}[{index}]";

    /// <summary>The path of field number <paramref name="field"/> of history entry <paramref name="index"/>.</summary>
    public static string HistoryField(int index, int field) =>
        index < CachedHistory ? HistoryFields[index][field] : $"$.history[{index}].{HistoryKeys[field]}";

    /// <summary>The UTF-8 bytes of each key, to match a property name without decoding it.</summary>
    public static byte[][] Utf8(string[] keys) => [.. keys.Select(System.Text.Encoding.UTF8.GetBytes)];
}
