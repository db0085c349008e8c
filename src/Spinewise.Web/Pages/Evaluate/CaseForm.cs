namespace Spinewise.Web.Pages.Evaluate;

/// <summary>
/// The case form as typed: every value a string, so a bad number is shown back as it was typed. Blank means unknown,
/// and so does the <c>unknown</c> choice of each radio group; nothing left out is read as "no".
/// </summary>
internal sealed class CaseForm
{
    public const string Unknown = "unknown";

    public string? Id { get; set; }

    public string? AsOf { get; set; }

    public string? Age { get; set; }

    /// <summary><c>female</c>, <c>male</c>, <c>other</c> or <see cref="Unknown"/>.</summary>
    public string? Sex { get; set; }

    public string? PainDurationMonths { get; set; }

    /// <summary><c>axial</c>, <c>radicular</c>, <c>axial-and-radicular</c> or <see cref="Unknown"/>.</summary>
    public string? PainType { get; set; }

    /// <summary>Condition id → <c>present</c>, <c>ruled-out</c> or <see cref="Unknown"/>.</summary>
    public Dictionary<string, string> Conditions { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Findings key → the number as typed.</summary>
    public Dictionary<string, string> Findings { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Flag key → <c>yes</c>, <c>no</c> or <see cref="Unknown"/>.</summary>
    public Dictionary<string, string> Flags { get; set; } = new(StringComparer.Ordinal);

    public List<HistoryRow> History { get; set; } = [];

    /// <summary>Intervention ids known never to have been done.</summary>
    public List<string> NotDone { get; set; } = [];

    public string ConditionOf(string id) => Conditions.GetValueOrDefault(id) ?? Unknown;

    public string FlagOf(string key) => Flags.GetValueOrDefault(key) ?? Unknown;

    public string FindingOf(string key) => Findings.GetValueOrDefault(key) ?? string.Empty;
}
