using Spinewise.Domain.Sources;

namespace Spinewise.Knowledge.Internal.Readers;

/// <summary>Reads a <c>kind: sources</c> file: the source register.</summary>
internal static class SourcesReader
{
    public static void Read(MapNode root, LoadContext context)
    {
        root.ExpectKeys("kind", "sources");
        foreach (var map in root.MapList("sources", required: true))
        {
            map.ExpectKeys("id", "title", "citation", "kind", "url", "doi", "verification", "note");
            var id = CommonReaders.DefineId(map, context, ReferenceKind.Source);
            var title = map.Text("title", required: true);
            var citation = map.Text("citation", required: true);
            var kind = map.Text("kind", required: true);
            var url = map.Text("url", required: false);
            var doi = map.Text("doi", required: false);
            var verification = map.Enum<Verification>("verification", required: true);
            var note = map.Text("note", required: false);
            if (id is not null && title is not null && citation is not null && kind is not null && verification is not null)
            {
                context.Sources.Add(new SourceDocument(new SourceId(id), title, citation, kind, url, doi, verification.Value, note));
            }
        }
    }
}
