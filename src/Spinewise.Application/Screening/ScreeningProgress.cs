namespace Spinewise.Application.Screening;

/// <summary>How far a screening is.</summary>
/// <param name="BytesRead">Bytes of the export read so far.</param>
/// <param name="Bytes">The export's bytes.</param>
/// <param name="Patients">Patients done so far.</param>
public readonly record struct ScreeningProgress(long BytesRead, long Bytes, long Patients);
