using Spinewise.Fhir.Bulk;

namespace Spinewise.Application.Screening;

/// <summary>
/// Where <see cref="ScreenExport"/> puts each patient and each bad line: report files, a database. Called on one thread;
/// patients in (id hash, id) order, the same whatever the files' layout or the shard.
/// </summary>
public interface IScreeningSink
{
    /// <summary>Takes one patient.</summary>
    /// <param name="patient">The patient.</param>
    void Accept(ScreenedPatient patient);

    /// <summary>Takes one line that was not used.</summary>
    /// <param name="line">The line.</param>
    void Reject(BulkBadLine line);
}
