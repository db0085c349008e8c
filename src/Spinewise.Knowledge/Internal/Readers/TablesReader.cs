using Spinewise.Domain.Guidelines;

namespace Spinewise.Knowledge.Internal.Readers;

/// <summary>Reads a <c>kind: tables</c> file: a guideline's tables as sections of verbatim items.</summary>
internal static class TablesReader
{
    public static void Read(MapNode root, LoadContext context)
    {
        root.ExpectKeys("kind", "guideline", "tables");
        var guideline = root.Text("guideline", required: true);
        if (guideline is not null)
        {
            context.Reference(ReferenceKind.Guideline, guideline, root.LocationOf("guideline"));
        }

        foreach (var map in root.MapList("tables", required: true))
        {
            map.ExpectKeys("id", "title", "note", "source", "sections");
            var id = CommonReaders.DefineId(map, context, ReferenceKind.Table);
            if (id is not null && guideline is not null && !id.StartsWith($"{guideline}/", StringComparison.Ordinal))
            {
                context.Bag.Add(DiagnosticCodes.BadIdFormat, map.LocationOf("id"), $"table id '{id}' must start with '{guideline}/'");
            }

            var title = map.Text("title", required: true);
            var source = CommonReaders.Source(map, context, $"table '{id}'");
            var sections = new List<TableSection>();
            foreach (var sectionMap in map.MapList("sections", required: true))
            {
                sectionMap.ExpectKeys("id", "label", "items");
                var sectionId = CommonReaders.DefineId(sectionMap, context, ReferenceKind.Table, scope: id);
                var label = sectionMap.Text("label", required: true);
                var items = sectionMap.MapList("items", required: true).Select(ReadItem).OfType<TableItem>().ToList();
                if (sectionId is not null && label is not null)
                {
                    sections.Add(new TableSection(sectionId, label, items));
                }
            }

            if (id is not null && guideline is not null && title is not null && source is not null)
            {
                context.Tables.Add(new GuidelineTable(id, new GuidelineId(guideline), title, sections, map.Text("note", false), source));
            }
        }
    }

    private static TableItem? ReadItem(MapNode map)
    {
        map.ExpectKeys("text", "subItems", "note");
        var text = map.Text("text", required: true);
        var subItems = map.TextList("subItems", required: false);
        return text is null ? null : new TableItem(text, subItems, map.Text("note", false));
    }
}
