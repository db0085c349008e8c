using Spinewise.Domain.Decisions;
using Spinewise.Domain.Eligibility;
using Spinewise.Fhir.Bulk;

namespace Spinewise.Application.Screening;

/// <summary>The counts of one screening run; passes patients and bad lines on to the sink. One thread.</summary>
internal sealed class Tally(int interventions, IScreeningSink sink)
{
    private readonly Dictionary<BulkBadLineReason, (long Count, List<BulkBadLine> Examples)> _bad = [];
    private readonly Dictionary<(string System, string Code), (string? Display, long Count)> _unmapped = [];
    private readonly Dictionary<string, long> _deciding = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long[]> _audit = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _missing = new(StringComparer.Ordinal);

    public int[,] Counts { get; } = new int[interventions, 4];

    public long Read { get; private set; }

    public long Mapped { get; private set; }

    public long Evaluated { get; private set; }

    public long NotAboutLowBackPain { get; private set; }

    public long Invalid { get; private set; }

    public void Reject(BulkBadLine line)
    {
        var (count, examples) = _bad.TryGetValue(line.Reason, out var known) ? known : (0, []);
        if (examples.Count < ScreenExport.ExamplesPerReason)
        {
            examples.Add(line);
        }

        _bad[line.Reason] = (count + 1, examples);
        sink.Reject(line);
    }

    public void Accept(ScreenedPatient patient, object? rendered)
    {
        Read++;
        foreach (var code in patient.Unmapped)
        {
            var key = (code.System, code.Code);
            var (display, count) = _unmapped.TryGetValue(key, out var known) ? known : (code.Display, 0);
            _unmapped[key] = (display ?? code.Display, count + 1);
        }

        CountAudit(patient.Audited);
        switch (patient.Outcome)
        {
            case ScreenedPatientOutcome.InvalidCase:
                Invalid++;
                break;
            case ScreenedPatientOutcome.NotAboutLowBackPain:
                Mapped++;
                NotAboutLowBackPain++;
                break;
            default:
                Mapped++;
                Evaluated++;
                var statuses = patient.Report!.Interventions;
                for (var p = 0; p < statuses.Count; p++)
                {
                    Counts[p, (int)statuses[p].Status]++;
                    if (statuses[p].Status == CandidateStatus.Undetermined)
                    {
                        foreach (var criterion in statuses[p].Decisive)
                        {
                            _deciding[criterion.Criterion.Id] = _deciding.GetValueOrDefault(criterion.Criterion.Id) + 1;
                        }
                    }
                }

                break;
        }

        sink.Accept(patient, rendered);
    }

    /// <summary>Per intervention, the verdicts (by <see cref="AuditVerdict"/> value) then the procedures outside a trial's population.</summary>
    private void CountAudit(IReadOnlyList<AuditedProcedure> audited)
    {
        foreach (var procedure in audited)
        {
            if (!_audit.TryGetValue(procedure.Intervention, out var counts))
            {
                _audit[procedure.Intervention] = counts = new long[Enum.GetValues<AuditVerdict>().Length + 1];
            }

            counts[(int)procedure.Verdict]++;
            counts[^1] += procedure.OutsideTrialPopulation.Count > 0 ? 1 : 0;
            foreach (var criterion in procedure.Deciding.Where(c => c.Role is CriterionRole.Indication or CriterionRole.Prerequisite && c.Result == Truth.NotMet))
            {
                _missing[criterion.Id] = _missing.GetValueOrDefault(criterion.Id) + 1;
            }
        }
    }

    /// <summary>In the engine's intervention order (any other after, by id).</summary>
    public List<AuditCounts> AuditCounts(List<string> order) =>
        [.. _audit.OrderBy(a => order.IndexOf(a.Key) is var i and >= 0 ? i : int.MaxValue).ThenBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => new AuditCounts(a.Key, a.Value[(int)AuditVerdict.Consistent], a.Value[(int)AuditVerdict.PrerequisiteMissing],
                a.Value[(int)AuditVerdict.ContraindicationRecorded], a.Value[(int)AuditVerdict.Undetermined], a.Value[(int)AuditVerdict.NotAddressed],
                a.Value[(int)AuditVerdict.InvalidCase], a.Value[(int)AuditVerdict.NoPerformedDate], a.Value[^1]))];

    /// <summary>Most frequent first, then by criterion id (ordinal).</summary>
    public List<MissingPrerequisiteCount> MissingCounts() =>
        [.. _missing.OrderByDescending(m => m.Value).ThenBy(m => m.Key, StringComparer.Ordinal).Select(m => new MissingPrerequisiteCount(m.Key, m.Value))];

    public List<BadLineCount> BadLineCounts() =>
        [.. _bad.OrderBy(b => b.Key).Select(b => new BadLineCount(b.Key, b.Value.Count, b.Value.Examples))];

    public List<DecidingUnknownCount> DecidingCounts() => Ordered(_deciding.Select(d => new DecidingUnknownCount(d.Key, d.Value)));

    /// <summary>Most frequent first, then by criterion id (ordinal): the order <c>screen merge</c> restores.</summary>
    public static List<DecidingUnknownCount> Ordered(IEnumerable<DecidingUnknownCount> counts) =>
        [.. counts.OrderByDescending(d => d.Count).ThenBy(d => d.Criterion, StringComparer.Ordinal)];

    public List<UnmappedCodeCount> UnmappedCounts() =>
        [.. _unmapped.Select(u => new UnmappedCodeCount(u.Key.System, u.Key.Code, u.Value.Display, u.Value.Count))
            .OrderByDescending(u => u.Count).ThenBy(u => u.System, StringComparer.Ordinal).ThenBy(u => u.Code, StringComparer.Ordinal)];
}
