using Spinewise.Fhir.Bulk;

namespace Spinewise.Application.Screening;

/// <summary>
/// Where <see cref="ScreenExport"/> puts each patient and each bad line: report files, a database. Called on one thread;
/// patients in (id hash, id) order, the same whatever the files' layout or the shard.
/// </summary>
public interface IScreeningSink
{
    /// <summary>
    /// Renders what the sink will write for one patient, on the screening threads (in parallel, in any order), so that
    /// <see cref="Accept"/> on the writing thread only copies it. The default renders nothing.
    /// </summary>
    /// <param name="patient">The patient.</param>
    /// <returns>What <see cref="Accept"/> is given for the patient, or <see langword="null"/>.</returns>
    object? Render(ScreenedPatient patient) => null;

    /// <summary>Takes one patient.</summary>
    /// <param name="patient">The patient.</param>
    /// <param name="rendered">What <see cref="Render"/> gave for it.</param>
    void Accept(ScreenedPatient patient, object? rendered);

    /// <summary>Takes one line that was not used.</summary>
    /// <param name="line">The line.</param>
    void Reject(BulkBadLine line);
}
