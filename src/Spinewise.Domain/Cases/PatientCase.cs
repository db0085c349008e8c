using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Cases;

/// <summary>
/// One patient as far as the chart tells. Anything absent is unknown, never false: a condition not listed is unknown
/// unless it is in <see cref="RuledOut"/>; the history of an intervention is known once any entry for it is listed or it
/// is in <see cref="NotDone"/>. Build it through <see cref="CaseJsonReader"/>, which validates every field.
/// </summary>
/// <param name="Id">Case id.</param>
/// <param name="AsOf">The date the case describes, or <see langword="null"/> for the evaluation date.</param>
/// <param name="Age">Age in years.</param>
/// <param name="Sex">Sex.</param>
/// <param name="PainDurationMonths">Duration of the current pain, in months.</param>
/// <param name="PainType">Axial, radicular or both.</param>
/// <param name="Conditions">Conditions present.</param>
/// <param name="RuledOut">Conditions known to be absent.</param>
/// <param name="Findings">Measurements by findings key (<see cref="CaseFacts.Findings"/>).</param>
/// <param name="History">Interventions done.</param>
/// <param name="NotDone">Interventions known never to have been done.</param>
/// <param name="Flags">Yes/no facts by flag key (<see cref="CaseFacts.Flags"/>).</param>
public sealed record PatientCase(
    string Id,
    DateOnly? AsOf,
    int? Age,
    Sex? Sex,
    double? PainDurationMonths,
    PainPresentation? PainType,
    IReadOnlyList<ConditionId> Conditions,
    IReadOnlyList<ConditionId> RuledOut,
    IReadOnlyDictionary<string, double> Findings,
    IReadOnlyList<HistoryEntry> History,
    IReadOnlyList<InterventionId> NotDone,
    IReadOnlyDictionary<string, bool> Flags)
{
    /// <summary>A case of which nothing but the id is known.</summary>
    /// <param name="id">Case id.</param>
    public static PatientCase Empty(string id) => new(id, null, null, null, null, null, [], [], new Dictionary<string, double>(), [], [], new Dictionary<string, bool>());
}
