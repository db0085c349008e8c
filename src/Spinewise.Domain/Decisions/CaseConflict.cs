using Spinewise.Domain.Conflicts;

namespace Spinewise.Domain.Decisions;

/// <summary>A conflict between guidelines whose recommendations apply (or may apply) to the patient.</summary>
/// <param name="Conflict">The conflict with its reasons.</param>
/// <param name="Applies">Yes when a recommendation on each side applies, unknown when one side only may apply.</param>
public sealed record CaseConflict(Conflict Conflict, Applicability Applies);
