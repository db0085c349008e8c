namespace Spinewise.Persistence.Screening;

/// <summary>How far a screening job is, as its owner last wrote it.</summary>
/// <param name="BytesRead">Bytes of the export read so far.</param>
/// <param name="Bytes">The export's bytes (0 until the job has started).</param>
/// <param name="Patients">Patients screened so far.</param>
public readonly record struct ScreeningJobProgress(long BytesRead, long Bytes, long Patients);
