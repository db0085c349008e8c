namespace Spinewise.Application.Evaluations;

/// <summary>How many screened cases had each status for one intervention.</summary>
/// <param name="Intervention">The intervention id.</param>
/// <param name="Candidate">Cases for which it is a candidate.</param>
/// <param name="Undetermined">Cases for which its status is undetermined.</param>
/// <param name="NotCandidate">Cases for which it is not a candidate.</param>
/// <param name="NotAddressed">Cases for which its selection is not addressed.</param>
public sealed record ScreeningCounts(string Intervention, int Candidate, int Undetermined, int NotCandidate, int NotAddressed);
