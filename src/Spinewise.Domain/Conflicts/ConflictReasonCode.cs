using Spinewise.Domain.Sources;

namespace Spinewise.Domain.Conflicts;

/// <summary>A reason guidelines disagree (population pooling, comparator, outcome threshold, grading method…).</summary>
/// <param name="Code">Stable code.</param>
/// <param name="Label">Short label.</param>
/// <param name="Description">What it means.</param>
/// <param name="Source">Where the reason is named.</param>
public sealed record ConflictReasonCode(string Code, string Label, string Description, SourceRef Source);
