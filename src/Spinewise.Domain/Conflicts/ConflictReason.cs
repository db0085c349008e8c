using Spinewise.Domain.Sources;

namespace Spinewise.Domain.Conflicts;

/// <summary>A reason, stated by a source, that two guidelines differ.</summary>
/// <param name="Code">Reason code.</param>
/// <param name="Explanation">The reason in words.</param>
/// <param name="Source">The source that states it.</param>
/// <param name="Origin">The explanation (<c>knowledge/conflicts/reasons.yaml</c>) or critique (<c>knowledge/critiques/</c>) id it comes from.</param>
public sealed record ConflictReason(string Code, string Explanation, SourceRef Source, string Origin);
