using Spinewise.Domain.Sources;

namespace Spinewise.Domain.Guidelines;

/// <summary>A table of a guideline as structured data: sections (columns or categories) of verbatim items.</summary>
/// <param name="Id">Stable id, <c>guideline/table-name</c>.</param>
/// <param name="Guideline">The guideline it belongs to.</param>
/// <param name="Title">Title as published.</param>
/// <param name="Sections">Its sections, in published order.</param>
/// <param name="Note">A reading note of the knowledge author, if any.</param>
/// <param name="Source">Where it is published.</param>
public sealed record GuidelineTable(
    string Id,
    GuidelineId Guideline,
    string Title,
    IReadOnlyList<TableSection> Sections,
    string? Note,
    SourceRef Source)
{
    /// <summary>Number of items over all sections (sub-items not counted).</summary>
    public int ItemCount => Sections.Sum(s => s.Items.Count);
}
