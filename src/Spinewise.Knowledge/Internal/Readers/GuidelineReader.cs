using Spinewise.Domain.Grading;
using Spinewise.Domain.Guidelines;

namespace Spinewise.Knowledge.Internal.Readers;

/// <summary>Reads a <c>kind: guideline</c> file: publication facts, scope and topics.</summary>
internal static class GuidelineReader
{
    public static void Read(MapNode root, LoadContext context)
    {
        root.ExpectKeys("kind", "id", "title", "shortTitle", "organisation", "authors", "citation", "publicationDates",
            "lastUpdated", "gradingScheme", "source", "notes", "scope", "topics", "documentType", "verification",
            "recommendationsStatus", "recommendationsNote", "method", "panel", "population", "notAddressed");
        var id = CommonReaders.DefineId(root, context, ReferenceKind.Guideline);
        var title = root.Text("title", required: true);
        var shortTitle = root.Text("shortTitle", required: true);
        var organisation = root.Text("organisation", required: true);
        var authors = root.TextList("authors", required: false);
        var citation = CommonReaders.Citation(root.Map("citation", required: true));
        var published = ReadDates(root, "publicationDates", context, required: false);
        var updated = ReadDates(root, "lastUpdated", context, required: false);
        var scheme = root.Text("gradingScheme", required: true);
        if (scheme is not null)
        {
            context.Reference(ReferenceKind.GradingScheme, scheme, root.LocationOf("gradingScheme"));
        }

        var source = CommonReaders.Source(root, context, "the guideline");
        var notes = root.TextList("notes", required: false);
        var scope = ScopeReader.Read(root.Map("scope", required: false), context);
        var details = ReadDetails(root, context);
        var topics = ReadTopics(root, context, id, required: details.RecommendationsStatus != RecommendationsStatus.NotFound);
        if (id is not null && title is not null && shortTitle is not null && organisation is not null && citation is not null
            && scheme is not null && source is not null)
        {
            var guideline = new Guideline(new GuidelineId(id), title, shortTitle, organisation, authors, citation, published, updated,
                scope, new GradingSchemeId(scheme), topics, [], notes, source, details);
            context.Guidelines.Add(new RawGuideline(guideline, root.At, root.LocationOf("gradingScheme")));
        }
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

    private static GuidelineDetails ReadDetails(MapNode root, LoadContext context)
    {
        var notAddressed = new List<NotAddressedEntry>();
        foreach (var map in root.MapList("notAddressed", required: false))
        {
            map.ExpectKeys("intervention", "source");
            var intervention = map.Text("intervention", required: true);
            var source = CommonReaders.Source(map, context, "a not-addressed entry");
            if (intervention is not null)
            {
                context.Reference(ReferenceKind.Intervention, intervention, map.LocationOf("intervention"));
                if (source is not null)
                {
                    notAddressed.Add(new NotAddressedEntry(new Domain.Vocabulary.InterventionId(intervention), source));
                }
            }
        }

        return new GuidelineDetails(
            root.Text("documentType", required: false) ?? "guideline",
            root.Enum<Domain.Sources.Verification>("verification", required: false) ?? Domain.Sources.Verification.Verified,
            root.Enum<RecommendationsStatus>("recommendationsStatus", required: false) ?? RecommendationsStatus.Complete,
            root.Text("recommendationsNote", required: false),
            root.Text("method", required: false),
            root.Text("panel", required: false),
            PopulationReader.Read(root.Map("population", required: false), context),
            notAddressed);
    }

    private static List<Topic> ReadTopics(MapNode root, LoadContext context, string? guidelineId, bool required)
    {
        var topics = new List<Topic>();
        var order = 0;
        foreach (var map in root.MapList("topics", required))
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
