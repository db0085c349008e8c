using Spinewise.Domain.Grading;
using Spinewise.Domain.Guidelines;

namespace Spinewise.Knowledge.Internal.Readers;

/// <summary>Reads a <c>kind: guideline</c> file: publication facts, scope and topics.</summary>
internal static class GuidelineReader
{
    public static void Read(MapNode root, LoadContext context)
    {
        root.ExpectKeys("kind", "id", "title", "shortTitle", "organisation", "authors", "citation", "publicationDates",
            "lastUpdated", "gradingScheme", "source", "notes", "scope", "topics");
        var id = CommonReaders.DefineId(root, context, ReferenceKind.Guideline);
        var title = root.Text("title", required: true);
        var shortTitle = root.Text("shortTitle", required: true);
        var organisation = root.Text("organisation", required: true);
        var authors = root.TextList("authors", required: false);
        var citation = ReadCitation(root.Map("citation", required: true));
        var published = ReadDates(root, "publicationDates", context, required: true);
        var updated = ReadDates(root, "lastUpdated", context, required: false);
        var scheme = root.Text("gradingScheme", required: true);
        if (scheme is not null)
        {
            context.Reference(ReferenceKind.GradingScheme, scheme, root.LocationOf("gradingScheme"));
        }

        var source = CommonReaders.Source(root, context, "the guideline");
        var notes = root.TextList("notes", required: false);
        var scope = ScopeReader.Read(root.Map("scope", required: true), context);
        var topics = ReadTopics(root, context, id);
        if (id is not null && title is not null && shortTitle is not null && organisation is not null && citation is not null
            && scheme is not null && source is not null && scope is not null)
        {
            var guideline = new Guideline(new GuidelineId(id), title, shortTitle, organisation, authors, citation, published, updated,
                scope, new GradingSchemeId(scheme), topics, [], notes, source);
            context.Guidelines.Add(new RawGuideline(guideline, root.At, root.LocationOf("gradingScheme")));
        }
    }

    private static Citation? ReadCitation(MapNode? map)
    {
        if (map is null)
        {
            return null;
        }

        map.ExpectKeys("journal", "year", "volume", "pages", "doi", "pmid", "text");
        var year = map.Integer("year", required: true);
        var text = map.Text("text", required: true);
        return year is null || text is null
            ? null
            : new Citation(map.Text("journal", false), year.Value, map.Text("volume", false), map.Text("pages", false),
                map.Text("doi", false), map.Text("pmid", false), text);
    }

    private static List<DatedFact> ReadDates(MapNode root, string key, LoadContext context, bool required)
    {
        var dates = new List<DatedFact>();
        foreach (var map in root.MapList(key, required))
        {
            map.ExpectKeys("date", "asPublished", "source");
            var date = map.Date("date", required: true);
            var asPublished = map.Text("asPublished", required: true);
            var source = CommonReaders.Source(map, context, "a date");
            if (date is not null && asPublished is not null && source is not null)
            {
                dates.Add(new DatedFact(date.Value, asPublished, source));
            }
        }

        return dates;
    }

    private static List<Topic> ReadTopics(MapNode root, LoadContext context, string? guidelineId)
    {
        var topics = new List<Topic>();
        var order = 0;
        foreach (var map in root.MapList("topics", required: true))
        {
            order++;
            map.ExpectKeys("id", "title", "source");
            var id = CommonReaders.DefineId(map, context, ReferenceKind.Topic, scope: guidelineId);
            var title = map.Text("title", required: true);
            var source = CommonReaders.Source(map, context, $"topic '{id}'");
            if (id is not null && title is not null && source is not null)
            {
                topics.Add(new Topic(id, title, order, source with { Section = source.Section ?? title }));
            }
        }

        return topics;
    }
}
