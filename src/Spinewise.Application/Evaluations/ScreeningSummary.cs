using Spinewise.Domain.Cases;

namespace Spinewise.Application.Evaluations;

/// <summary>
/// The outcome of <see cref="ScreenCases"/>: when <see cref="Problems"/> is empty every case was evaluated and given to
/// the sink; otherwise the sink's content must be discarded.
/// </summary>
/// <param name="Files">The number of case files.</param>
/// <param name="Evaluated">The cases evaluated and given to the sink.</param>
/// <param name="InvalidFiles">The files that are invalid or repeat a case id.</param>
/// <param name="Problems">Every problem of every file, in file order.</param>
/// <param name="Counts">Per intervention (engine order), how many cases had each status.</param>
public sealed record ScreeningSummary(int Files, int Evaluated, int InvalidFiles, IReadOnlyList<CaseDiagnostic> Problems, IReadOnlyList<ScreeningCounts> Counts);
