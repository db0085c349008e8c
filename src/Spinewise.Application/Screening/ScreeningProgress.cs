namespace Spinewise.Application.Screening;

/// <summary>How far a screening is: first the export read and partitioned by patient, then the partitions screened.</summary>
/// <param name="BytesRead">Bytes of the export read so far.</param>
/// <param name="Bytes">The export's bytes.</param>
/// <param name="Patients">Patients done so far.</param>
/// <param name="Screened">The share of the partitions screened, 0 to 1 (patients are spread evenly over them by their id's hash).</param>
public readonly record struct ScreeningProgress(long BytesRead, long Bytes, long Patients, double Screened);
