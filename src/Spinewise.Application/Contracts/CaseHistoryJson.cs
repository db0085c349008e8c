using System.Text.Json.Serialization;
using Spinewise.Domain.Cases;
using Spinewise.Domain.Text;

namespace Spinewise.Application.Contracts;

/// <summary>One history entry in the case format (docs/case.md); what is unknown is left out.</summary>
/// <param name="Intervention">Intervention id.</param>
/// <param name="Variant">Variant id.</param>
/// <param name="Date">When it was done.</param>
/// <param name="Months">How long it was given, in months.</param>
/// <param name="Outcome"><c>failed</c>, <c>partial</c>, <c>effective</c> or <c>not-tolerated</c>.</param>
/// <param name="ReliefPercent">Pain relief it gave, in percent.</param>
public sealed record CaseHistoryJson(
    string Intervention,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Variant,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateOnly? Date,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Months,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Outcome,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? ReliefPercent)
{
    /// <summary>The entry in the case format.</summary>
    /// <param name="entry">A validated history entry.</param>
    public static CaseHistoryJson From(HistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new CaseHistoryJson(entry.Intervention.Value, entry.Variant, entry.Date, entry.Months,
            entry.Outcome is { } outcome ? KebabCase.Of(outcome) : null, entry.ReliefPercent);
    }
}
