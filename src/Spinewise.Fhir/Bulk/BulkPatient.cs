using Spinewise.Domain.Diagnostics;
using Spinewise.Fhir.Internal;

namespace Spinewise.Fhir.Bulk;

/// <summary>One patient id of an export with every line that names it, in file and line order.</summary>
public sealed class BulkPatient
{
    internal BulkPatient(string id, ulong hash, IReadOnlyList<BulkLine> lines, IReadOnlyList<BulkBadLine> rejected, bool isHeld) =>
        (Id, Hash, Lines, Rejected, IsHeld) = (id, hash, lines, rejected, isHeld);

    /// <summary>
    /// True when the export holds the patient: its Patient resource is there, or the export has no Patient files. When
    /// false, every line naming it is in <see cref="Rejected"/> (a reference to a missing patient) and <see cref="Lines"/> is empty.
    /// </summary>
    public bool IsHeld { get; }

    /// <summary>The lines naming this id that the join did not keep (a missing patient, a second Patient of the id).</summary>
    public IReadOnlyList<BulkBadLine> Rejected { get; }

    /// <summary>The patient id.</summary>
    public string Id { get; }

    /// <summary>The id's stable hash (<see cref="BulkExport.Hash(string)"/>).</summary>
    public ulong Hash { get; }

    /// <summary>The lines, in file and line order.</summary>
    public IReadOnlyList<BulkLine> Lines { get; }

    /// <summary>
    /// Reads every line with <paramref name="mapper"/> (one resource each, checked as FHIR R4 like any chart): the records
    /// of the valid ones, in order; each invalid one is given to <paramref name="report"/> with the first problem found.
    /// </summary>
    /// <param name="mapper">The mapper.</param>
    /// <param name="report">Told every line that is not a valid resource.</param>
    public FhirRecords Read(FhirCaseMapper mapper, Action<BulkBadLine> report)
    {
        ArgumentNullException.ThrowIfNull(mapper);
        ArgumentNullException.ThrowIfNull(report);
        var entries = new List<RecordEntry>(Lines.Count);
        foreach (var line in Lines)
        {
            var read = mapper.ReadResources(line.Json.Span, line.File.Name);
            if (read.TryGetValue(out var resources))
            {
                entries.AddRange(resources.Entries);
            }
            else
            {
                report(new BulkBadLine(line.File.Name, line.Line, BulkBadLineReason.InvalidResource, Describe(read.Diagnostics), Id));
            }
        }

        return new FhirRecords(entries);
    }

    private static string Describe(IReadOnlyList<Diagnostic> diagnostics)
    {
        var first = diagnostics[0];
        var more = diagnostics.Count > 1 ? $" (and {diagnostics.Count - 1} more)" : string.Empty;
        return $"{first.Location.Path}: {first.Message} [{first.Code}]{more}";
    }
}
