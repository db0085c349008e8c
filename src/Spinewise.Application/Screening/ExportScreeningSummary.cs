using Spinewise.Application.Evaluations;

namespace Spinewise.Application.Screening;

/// <summary>The outcome of <see cref="ScreenExport"/>.</summary>
/// <param name="Files">The NDJSON files read.</param>
/// <param name="Bytes">The bytes read (as stored: compressed for gzip files).</param>
/// <param name="Lines">The lines read, of every shard.</param>
/// <param name="PatientsRead">The patients of the shard found in the export.</param>
/// <param name="Mapped">Those whose chart mapped to a valid case.</param>
/// <param name="Evaluated">Those of them whose chart is about low back pain, evaluated.</param>
/// <param name="NotAboutLowBackPain">Mapped but not about low back pain, so not evaluated.</param>
/// <param name="InvalidCases">Patients whose chart maps to an invalid case.</param>
/// <param name="Counts">Per intervention (engine order), how many evaluated patients had each status.</param>
/// <param name="BadLines">Per reason, the lines not used.</param>
/// <param name="Unmapped">The codes that map to nothing, most frequent first.</param>
/// <param name="DecidingUnknowns">The criteria that decide undetermined statuses, most frequent first (then by id).</param>
public sealed record ExportScreeningSummary(
    int Files, long Bytes, long Lines, long PatientsRead, long Mapped, long Evaluated, long NotAboutLowBackPain, long InvalidCases,
    IReadOnlyList<ScreeningCounts> Counts, IReadOnlyList<BadLineCount> BadLines, IReadOnlyList<UnmappedCodeCount> Unmapped,
    IReadOnlyList<DecidingUnknownCount> DecidingUnknowns)
{
    /// <summary>The appropriateness audit: per intervention (engine order, those with performed procedures), the procedures by verdict.</summary>
    public IReadOnlyList<AuditCounts> Audit { get; init; } = [];

    /// <summary>The indications and prerequisites not met on the day of a procedure not a candidate then, most frequent first (then by id).</summary>
    public IReadOnlyList<MissingPrerequisiteCount> MissingPrerequisites { get; init; } = [];
}
