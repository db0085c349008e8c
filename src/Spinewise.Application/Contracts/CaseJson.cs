using System.Text.Json.Serialization;
using Spinewise.Domain.Cases;
using Spinewise.Domain.Text;

namespace Spinewise.Application.Contracts;

/// <summary>A validated case in the case format of docs/case.md (what is unknown is left out), e.g. the case a FHIR chart mapped to.</summary>
/// <param name="Id">Case id.</param>
/// <param name="AsOf">The date the case describes.</param>
/// <param name="Age">Age in years.</param>
/// <param name="Sex"><c>female</c>, <c>male</c> or <c>other</c>.</param>
/// <param name="PainDurationMonths">Duration of the current pain in months.</param>
/// <param name="PainType"><c>axial</c>, <c>radicular</c> or <c>axial-and-radicular</c>.</param>
/// <param name="Conditions">Condition ids present.</param>
/// <param name="RuledOut">Condition ids known to be absent.</param>
/// <param name="Findings">Measurements by findings key.</param>
/// <param name="History">Interventions done.</param>
/// <param name="NotDone">Intervention ids known never to have been done.</param>
/// <param name="Flags">Yes/no facts by flag key.</param>
public sealed record CaseJson(
    string Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateOnly? AsOf,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Age,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Sex,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? PainDurationMonths,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? PainType,
    IReadOnlyList<string> Conditions,
    IReadOnlyList<string> RuledOut,
    IReadOnlyDictionary<string, double> Findings,
    IReadOnlyList<CaseHistoryJson> History,
    IReadOnlyList<string> NotDone,
    IReadOnlyDictionary<string, bool> Flags)
{
    /// <summary>The case in the case format.</summary>
    /// <param name="patientCase">A validated case.</param>
    public static CaseJson From(PatientCase patientCase)
    {
        ArgumentNullException.ThrowIfNull(patientCase);
        return new CaseJson(
            patientCase.Id, patientCase.AsOf, patientCase.Age,
            patientCase.Sex is { } sex ? KebabCase.Of(sex) : null,
            patientCase.PainDurationMonths,
            patientCase.PainType is { } pain ? KebabCase.Of(pain) : null,
            [.. patientCase.Conditions.Select(c => c.Value)],
            [.. patientCase.RuledOut.Select(c => c.Value)],
            patientCase.Findings,
            [.. patientCase.History.Select(CaseHistoryJson.From)],
            [.. patientCase.NotDone.Select(i => i.Value)],
            patientCase.Flags);
    }
}
