using Spinewise.Domain.Guidelines;

namespace Spinewise.Knowledge.Internal.Readers;

/// <summary>
/// Reads a recommendation's population restrictions beyond conditions and pain types: <c>regions</c>, <c>excludes</c>,
/// <c>conditionsMatch</c>, <c>minimumAge</c>, <c>impliedConditions</c>, <c>populationNotStated</c> and <c>restrictionsNote</c>.
/// </summary>
internal static class StatementPopulationReader
{
    public static StatementPopulation? Read(MapNode map, LoadContext context, int namedConditions)
    {
        var regions = new List<SpineRegion>();
        foreach (var text in map.TextList("regions", required: false))
        {
            if (Domain.Text.KebabCase.TryParse<SpineRegion>(text, out var region))
            {
                regions.Add(region);
            }
            else
            {
                context.Bag.Add(DiagnosticCodes.InvalidValue, map.LocationOf("regions"), $"'{text}' is not one of: cervical, thoracic, lumbar");
            }
        }

        var excludes = RecommendationsReader.ConditionList(map, "excludes", context);
        var match = map.Enum<ConditionMatch>("conditionsMatch", required: false) ?? ConditionMatch.Any;
        var age = map.Integer("minimumAge", required: false);
        if (age is < 0 or > 120)
        {
            context.Bag.Add(DiagnosticCodes.InvalidValue, map.LocationOf("minimumAge"), $"minimumAge must be from 0 to 120 years but is {age}");
        }

        var implied = Implied(map, context);
        if (implied is not null && namedConditions > 0)
        {
            context.Bag.Add(DiagnosticCodes.InvalidValue, map.LocationOf("impliedConditions"),
                "impliedConditions is only for a statement that names no condition; this one names conditions");
        }

        var note = map.Text("restrictionsNote", required: false);
        var notStated = map.Text("populationNotStated", required: false);
        if (notStated is not null && (namedConditions > 0 || implied is not null))
        {
            context.Bag.Add(DiagnosticCodes.InvalidValue, map.LocationOf("populationNotStated"),
                "populationNotStated is only for a statement that names no condition and has no impliedConditions");
        }

        return regions.Count == 0 && excludes.Count == 0 && match == ConditionMatch.Any && age is null && implied is null && note is null && notStated is null
            ? null
            : new StatementPopulation(regions, excludes, match, age, implied, note, notStated);
    }

    private static ImpliedConditions? Implied(MapNode parent, LoadContext context)
    {
        if (parent.Map("impliedConditions", required: false) is not { } map)
        {
            return null;
        }

        map.ExpectKeys("conditions", "basis", "source");
        var conditions = RecommendationsReader.ConditionList(map, "conditions", context);
        if (conditions.Count == 0)
        {
            context.Bag.Add(DiagnosticCodes.MissingField, map.LocationOf("conditions"), "impliedConditions needs at least one condition");
        }

        var basis = map.Text("basis", required: true);
        var source = CommonReaders.Source(map, context, "the implied conditions");
        return basis is null || source is null || conditions.Count == 0 ? null : new ImpliedConditions(conditions, basis, source);
    }
}
