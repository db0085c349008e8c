using Spinewise.Domain;
using Spinewise.Domain.Guidelines;

namespace Spinewise.Application.Contracts;

/// <summary>A guideline table, items verbatim.</summary>
/// <param name="Id">Table id.</param>
/// <param name="Title">Title as published.</param>
/// <param name="ItemCount">Number of items over all sections (sub-items not counted).</param>
/// <param name="Note">A note on the table, if any.</param>
/// <param name="Sections">The sections with their items.</param>
/// <param name="Source">Where the table appears.</param>
public sealed record TableJson(string Id, string Title, int ItemCount, string? Note, IReadOnlyList<TableSectionJson> Sections, SourceJson Source)
{
    internal static TableJson From(KnowledgeBase kb, GuidelineTable t) => new(
        t.Id, t.Title, t.ItemCount, t.Note,
        [.. t.Sections.Select(s => new TableSectionJson(s.Id, s.Label, [.. s.Items.Select(i => new TableItemJson(i.Text, i.SubItems, i.Note))]))],
        SourceJson.From(kb, t.Source, t.Guideline.Value));
}
