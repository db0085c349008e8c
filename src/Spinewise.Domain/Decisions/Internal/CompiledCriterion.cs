using Spinewise.Domain.Eligibility;

namespace Spinewise.Domain.Decisions.Internal;

/// <summary>A criterion with the node range of its test (post-order: <c>Start..Root</c>).</summary>
internal sealed record CompiledCriterion(Criterion Criterion, int Start, int Root);
