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
        map.ExpectKeys("id", "statement", "statementIsParaphrase", "kind", "interventions", "conditions", "population", "painTypes",
            "painDuration", "strength", "strengthAsPublished", "grade", "level", "levelAsPublished", "certainty", "certaintyAsPublished",
            "verification", "note", "source", "regions", "excludes", "conditionsMatch", "minimumAge", "impliedConditions", "restrictionsNote", "populationNotStated");
        var id = CommonReaders.DefineId(map, context, ReferenceKind.Recommendation);
        if (id is not null && (!IdPattern().IsMatch(id) || !id.StartsWith($"{guideline}/{topic}/", StringComparison.Ordinal)))
        {
            context.Bag.Add(DiagnosticCodes.BadIdFormat, map.LocationOf("id"), $"recommendation id '{id}' must have the form '{guideline}/{topic}/<number>'");
        }

        var statement = map.Text("statement", required: true);
        var kind = map.Enum<RecommendationKind>("kind", required: true);
        var interventions = ReadStances(map, context);
        var conditions = ConditionList(map, "conditions", context);

        var source = CommonReaders.Source(map, context, $"recommendation '{id}'");
        var painTypes = PopulationReader.PainTypes(map, context);
        var paraphrase = map.Text("statementIsParaphrase", required: false) is { } flag && ReadFlag(map, "statementIsParaphrase", flag);
        var verification = map.Enum<Domain.Sources.Verification>("verification", required: false) ?? Domain.Sources.Verification.Verified;
        if (id is null || statement is null || kind is null || source is null)
        {
            return;
        }

        var details = new RecommendationDetails(painTypes, map.Text("strength", false), map.Text("strengthAsPublished", false), null,
            map.Text("certaintyAsPublished", false), paraphrase, verification, map.Enum<PainDuration>("painDuration", required: false),
            StatementPopulationReader.Read(map, context, conditions.Count));

        var draft = new Recommendation(
            new RecommendationId(id), new GuidelineId(guideline), topic, statement, kind.Value, interventions, conditions,
            map.Text("population", false), map.Text("grade", false), map.Text("level", false), map.Text("levelAsPublished", false),
            map.Text("certainty", false), null, map.Text("note", false), source, details);
        context.Recommendations.Add(new RawRecommendation(draft, map.At,
            map.LocationOf("grade"), map.LocationOf("level"), map.LocationOf("levelAsPublished"), map.LocationOf("certainty"), map.LocationOf("strength")));
    }

    /// <summary>A list of condition ids under <paramref name="key"/>, each referenced for checking.</summary>
    internal static List<ConditionId> ConditionList(MapNode map, string key, LoadContext context)
    {
        var conditions = new List<ConditionId>();
        var ids = map.TextList(key, required: false);
        for (var i = 0; i < ids.Count; i++)
        {
            context.Reference(ReferenceKind.Condition, ids[i], map.LocationOf(key) with { Field = $"{map.LocationOf(key).Field}[{i}]" });
            conditions.Add(new ConditionId(ids[i]));
        }

        return conditions;
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
            item.ExpectKeys("id", "variant", "stance", "note", "verification");
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
                var verification = item.Enum<Domain.Sources.Verification>("verification", required: false) ?? Domain.Sources.Verification.Verified;
                stances.Add(new InterventionStance(new InterventionId(id), variant, stance.Value, item.Text("note", false), verification));
            }
        }

        return stances;
    }

    internal static bool ReadFlag(MapNode map, string key, string text)
    {
        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        map.Diagnostics.Add(DiagnosticCodes.WrongType, map.LocationOf(key), $"expected true or false but found '{text}'");
        return false;
    }

    [GeneratedRegex("^[a-z0-9-]+/[a-z0-9-]+/[1-9][0-9]*$")]
    private static partial Regex IdPattern();
}
