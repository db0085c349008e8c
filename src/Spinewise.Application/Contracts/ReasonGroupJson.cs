namespace Spinewise.Application.Contracts;

/// <summary>
/// The reasons one explanation (<c>knowledge/conflicts/reasons.yaml</c>) or critique (<c>knowledge/critiques/</c>)
/// gives for disagreements, in an answer's <c>reasons</c> table.
/// </summary>
/// <param name="Reasons">Each reason: its code, the reason in words, and its source (a key of the answer's <c>sources</c>).</param>
public sealed record ReasonGroupJson(IReadOnlyList<ReasonJson> Reasons);
