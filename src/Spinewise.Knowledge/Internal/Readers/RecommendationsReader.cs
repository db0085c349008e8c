using System.Text.RegularExpressions;
using Spinewise.Domain.Grading;
using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Knowledge.Internal.Readers;

/// <summary>Reads a <c>kind: recommendations</c> file: a guideline's recommendations grouped by topic.</summary>
internal static partial class RecommendationsReader
{
    public static void Read(MapNode root, LoadContext context)
    {
        root.ExpectKeys("kind", "guideline", "topics");
        var guideline = root.Text("guideline", required: true);
        if (guideline is null)
        {
            return;
        }

        context.Reference(ReferenceKind.Guideline, guideline, root.LocationOf("guideline"));
        foreach (var topicMap in root.MapList("topics", required: true))
        {
            topicMap.ExpectKeys("topic", "recommendations");
            var topic = topicMap.Text("topic", required: true);
            if (topic is null)
            {
                continue;
            }

            context.Reference(ReferenceKind.Topic, topic, topicMap.LocationOf("topic"), scope: guideline);
            foreach (var map in topicMap.MapList("recommendations", required: true))
            {
                context.TopicsWithEntries.Add((guideline, topic));
                ReadOne(map, context, guideline, topic);
            }
        }
    }

    private static void ReadOne(MapNode map, LoadContext context, string guideline, string topic)
    {
        map.ExpectKeys("id", "statement", "kind", "interventions", "conditions", "population", "grade", "level",
            "levelAsPublished", "certainty", "note", "source");
        var id = CommonReaders.DefineId(map, context, ReferenceKind.Recommendation);
        if (id is not null && (!IdPattern().IsMatch(id) || !id.StartsWith($"{guideline}/{topic}/", StringComparison.Ordinal)))
        {
            context.Bag.Add(DiagnosticCodes.BadIdFormat, map.LocationOf("id"), $"recommendation id '{id}' must have the form '{guideline}/{topic}/<number>'");
        }

        var statement = map.Text("statement", required: true);
        var kind = map.Enum<RecommendationKind>("kind", required: true);
        var interventions = ReadStances(map, context);
        var conditions = new List<ConditionId>();
        var conditionIds = map.TextList("conditions", required: false);
        for (var i = 0; i < conditionIds.Count; i++)
        {
            context.Reference(ReferenceKind.Condition, conditionIds[i], map.LocationOf("conditions") with { Field = $"{map.LocationOf("conditions").Field}[{i}]" });
            conditions.Add(new ConditionId(conditionIds[i]));
        }

        var source = CommonReaders.Source(map, context, $"recommendation '{id}'");
        if (id is null || statement is null || kind is null || source is null)
        {
            return;
        }

        context.Recommendations.Add(new RawRecommendation(
            new RecommendationId(id), new GuidelineId(guideline), topic, statement, kind.Value, interventions, conditions,
            map.Text("population", false), map.Text("grade", false), map.Text("level", false), map.Text("levelAsPublished", false),
            map.Text("certainty", false), map.Text("note", false), source, map.At,
            map.LocationOf("grade"), map.LocationOf("level"), map.LocationOf("levelAsPublished"), map.LocationOf("certainty")));
    }

    private static List<InterventionStance> ReadStances(MapNode map, LoadContext context)
    {
        var stances = new List<InterventionStance>();
        var maps = map.MapList("interventions", required: false);
        if (maps.Count == 0)
        {
            context.Bag.Add(DiagnosticCodes.NoIntervention, map.LocationOf("interventions"), "a recommendation must name at least one intervention with its stance");
        }

        foreach (var item in maps)
        {
            item.ExpectKeys("id", "variant", "stance", "note");
            var id = item.Text("id", required: true);
            var variant = item.Text("variant", required: false);
            var stance = item.Enum<Stance>("stance", required: true);
            if (id is not null)
            {
                context.Reference(ReferenceKind.Intervention, id, item.LocationOf("id"));
                if (variant is not null)
                {
                    context.Reference(ReferenceKind.Variant, variant, item.LocationOf("variant"), scope: id);
                }
            }

            if (id is not null && stance is not null)
            {
                stances.Add(new InterventionStance(new InterventionId(id), variant, stance.Value, item.Text("note", false)));
            }
        }

        return stances;
    }

    [GeneratedRegex("^[a-z0-9-]+/[a-z0-9-]+/[1-9][0-9]*$")]
    private static partial Regex IdPattern();
}
