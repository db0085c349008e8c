using Spinewise.Domain.Cases;

namespace Spinewise.Application;

/// <summary>A case that is malformed or fails validation; nothing was evaluated.</summary>
/// <param name="Diagnostics">Every problem found (at least one), each with a stable code, file, line, column and JSON path.</param>
public sealed record InvalidCaseFailure(IReadOnlyList<CaseDiagnostic> Diagnostics) : UseCaseFailure;
