using Spinewise.Fhir.Bulk;

namespace Spinewise.Application.Screening;

/// <summary>How many lines were not used for one reason, with the first few of them.</summary>
/// <param name="Reason">Why.</param>
/// <param name="Count">How many lines.</param>
/// <param name="Examples">The first lines found (at most <see cref="ScreenExport.ExamplesPerReason"/>), with file and line.</param>
public sealed record BadLineCount(BulkBadLineReason Reason, long Count, IReadOnlyList<BulkBadLine> Examples);
