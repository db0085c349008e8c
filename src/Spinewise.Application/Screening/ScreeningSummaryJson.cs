using Spinewise.Application.Contracts;
using Spinewise.Application.Evaluations;

namespace Spinewise.Application.Screening;

/// <summary>
/// <c>summary.json</c> of a screening report (docs/screening.md): the run (knowledge version, date, shard, files), the
/// patients, the statuses per procedure, the deciding unknowns, the bad lines and the unmapped codes.
/// </summary>
/// <param name="KnowledgeVersion">The content hash of the knowledge the patients were evaluated with.</param>
/// <param name="AsOf">The evaluation date (YYYY-MM-DD).</param>
/// <param name="Shard">The shard (<c>I/N</c>; <c>0/1</c> for the whole export).</param>
/// <param name="Files">The NDJSON files read.</param>
/// <param name="Bytes">Their bytes as stored.</param>
/// <param name="Lines">Their lines.</param>
/// <param name="Patients">What became of the patients read.</param>
/// <param name="Statuses">Per procedure, the evaluated patients by status.</param>
/// <param name="DecidingUnknowns">The criteria whose unknown result leaves a procedure undetermined, most frequent first.</param>
/// <param name="BadLines">The lines not used, by reason, with the first of each.</param>
/// <param name="Unmapped">The codes that map to nothing, most frequent first.</param>
/// <param name="Audit">Per intervention (engine order), the performed procedures by audit verdict (docs/screening.md, "Appropriateness audit").</param>
/// <param name="MissingPrerequisites">The indications and prerequisites not met on the day of a procedure, most frequent first.</param>
/// <param name="Notice">That the report informs and does not decide.</param>
public sealed record ScreeningSummaryJson(
    string KnowledgeVersion, string AsOf, string Shard, int Files, long Bytes, long Lines, ScreeningPatientsJson Patients,
    IReadOnlyList<ScreeningCounts> Statuses, IReadOnlyList<DecidingUnknownCount> DecidingUnknowns, IReadOnlyList<BadLineCount> BadLines,
    IReadOnlyList<UnmappedCodeCount> Unmapped, IReadOnlyList<AuditCounts> Audit, IReadOnlyList<MissingPrerequisiteCount> MissingPrerequisites, string Notice)
{
    /// <summary>The document of one run's (or one merge's) summary.</summary>
    /// <param name="knowledgeVersion">The knowledge version.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="shard">The shard.</param>
    /// <param name="s">The summary.</param>
    /// <returns>The document.</returns>
    public static ScreeningSummaryJson From(string knowledgeVersion, DateOnly asOf, Fhir.Bulk.BulkShard shard, ExportScreeningSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new ScreeningSummaryJson(
            knowledgeVersion, asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), shard.ToString(), s.Files, s.Bytes, s.Lines,
            new ScreeningPatientsJson(s.PatientsRead, s.Mapped, s.Evaluated, s.NotAboutLowBackPain, s.InvalidCases),
            s.Counts, s.DecidingUnknowns, s.BadLines, s.Unmapped, s.Audit, s.MissingPrerequisites, RecommendContract.InformsNotice);
    }
}

/// <summary>The patients of a screening run.</summary>
/// <param name="Read">The patients of the shard found in the export.</param>
/// <param name="Mapped">Those whose chart mapped to a valid case.</param>
/// <param name="Evaluated">Those of them whose chart is about low back pain, evaluated.</param>
/// <param name="NotAboutLowBackPain">Mapped but not about low back pain.</param>
/// <param name="InvalidCases">Those whose chart maps to an invalid case.</param>
public sealed record ScreeningPatientsJson(long Read, long Mapped, long Evaluated, long NotAboutLowBackPain, long InvalidCases);
