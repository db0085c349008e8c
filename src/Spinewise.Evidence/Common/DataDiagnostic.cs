namespace Spinewise.Evidence.Common;

/// <summary>A problem found in the input data (not a bug): returned with the result, never thrown.</summary>
/// <param name="Code">Stable machine-readable code, e.g. <c>NEGATIVE_COUNT</c>.</param>
/// <param name="Row">Zero-based row index in the input, or -1 when the issue concerns the whole data set.</param>
/// <param name="Column">metafor argument/column name the issue concerns (e.g. <c>ai</c>).</param>
/// <param name="Message">Human-readable explanation.</param>
public sealed record DataDiagnostic(string Code, int Row, string Column, string Message);
