using Spinewise.Domain.Diagnostics;

namespace Spinewise.Domain.Cases;

/// <summary>A case read from JSON, or every problem found in it (never both, never a partial case).</summary>
/// <param name="Case">The validated case, or <see langword="null"/> when there are diagnostics.</param>
/// <param name="Diagnostics">Every problem, in file order.</param>
public sealed record CaseReadResult(PatientCase? Case, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the case was read without problems.</summary>
    public bool IsValid => Case is not null;
}
