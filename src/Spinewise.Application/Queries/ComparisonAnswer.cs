using Spinewise.Application.Contracts;
using Spinewise.Domain.Conflicts;

namespace Spinewise.Application.Queries;

/// <summary>A comparison: the domain value (for a host's own rendering) and its contract (for JSON).</summary>
/// <param name="Comparison">The domain comparison.</param>
/// <param name="Contract">The contract of <c>compare --json</c> and <c>GET /api/compare</c>.</param>
public sealed record ComparisonAnswer(Comparison Comparison, CompareContract Contract);
