namespace Spinewise.Domain.Sources;

/// <summary>
/// Where a piece of knowledge comes from: a document of the source register and, inside it, the section
/// (and, for plain-text seed documents, the line) that states it.
/// </summary>
/// <param name="Document">Id of the source document.</param>
/// <param name="Section">Section, table or heading inside the document, as the document names it.</param>
/// <param name="Line">1-based line inside a plain-text document, when it has lines.</param>
/// <param name="Verification">How far this fact was checked against its primary source.</param>
public sealed record SourceRef(SourceId Document, string? Section, int? Line, Verification Verification)
{
    /// <summary>A compact human-readable rendering, e.g. <c>seed-001 › Lumbar Radiofrequency Ablation (line 126)</c>.</summary>
    public override string ToString()
    {
        var text = Section is null ? Document.Value : $"{Document.Value} › {Section}";
        return Line is null ? text : $"{text} (line {Line})";
    }
}
