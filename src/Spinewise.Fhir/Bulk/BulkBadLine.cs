namespace Spinewise.Fhir.Bulk;

/// <summary>A line of an export that was not used, with where it is and why.</summary>
/// <param name="File">The file name (<see cref="BulkFile.Name"/>).</param>
/// <param name="Line">The 1-based line number in the file (after decompression).</param>
/// <param name="Reason">Why it was not used.</param>
/// <param name="Message">What is wrong, in words.</param>
/// <param name="Patient">The patient id it names, or <see langword="null"/> when it names none (or cannot be read).</param>
public sealed record BulkBadLine(string File, int Line, BulkBadLineReason Reason, string Message, string? Patient)
{
    /// <inheritdoc/>
    public override string ToString() => $"{File}:{Line}: {Message}";
}
