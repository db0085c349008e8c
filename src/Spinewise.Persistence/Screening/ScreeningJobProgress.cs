namespace Spinewise.Persistence.Screening;

/// <summary>How far a screening job is, as its owner last wrote it.</summary>
/// <param name="BytesRead">Bytes of the export read so far.</param>
/// <param name="Bytes">The export's bytes (0 until the job has started).</param>
/// <param name="Patients">Patients screened so far.</param>
/// <param name="Screened">The share of the partitions screened, 0 to 1 (patients are spread evenly over them by their id's hash).</param>
public readonly record struct ScreeningJobProgress(long BytesRead, long Bytes, long Patients, double Screened = 0);
