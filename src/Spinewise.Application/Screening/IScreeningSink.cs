using Spinewise.Fhir.Bulk;

namespace Spinewise.Application.Screening;

/// <summary>
/// Where <see cref="ScreenExport"/> puts each patient and each bad line: report files, a database. Called on one thread;
/// patients in (id hash, id) order, the same whatever the files' layout or the shard.
/// </summary>
public interface IScreeningSink
{
    /// <summary>
    /// Does the work for one patient that needs no order — rendering its lines — off the writing thread: called in
    /// parallel, on any thread, before <see cref="Accept"/> gets the same patient with what this returned.
    /// </summary>
    /// <param name="patient">The patient.</param>
    object? Render(ScreenedPatient patient);

    /// <summary>Takes one patient, in order.</summary>
    /// <param name="patient">The patient.</param>
    /// <param name="rendered">What <see cref="Render"/> returned for it.</param>
    void Accept(ScreenedPatient patient, object? rendered);

    /// <summary>Takes one line that was not used.</summary>
    /// <param name="line">The line.</param>
    void Reject(BulkBadLine line);
}
