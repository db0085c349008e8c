using Spinewise.Domain.Grading;
using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Knowledge.Internal.Readers;

/// <summary>Reads population blocks, exclusion lists and pain-type lists shared by guidelines and syntheses.</summary>
internal static class PopulationReader
{
    public static GuidelinePopulation? Read(MapNode? map, LoadContext context)
    {
        if (map is null)
        {
            return null;
        }

        map.ExpectKeys("appliesTo", "painTypes", "minimumDurationMonths", "minimumAge", "painDuration", "excludes", "source");
        var appliesTo = map.Text("appliesTo", required: true);
        var painTypes = PainTypes(map, context);
        var months = map.Integer("minimumDurationMonths", required: false);
        var age = map.Integer("minimumAge", required: false);
        var duration = map.Enum<PainDuration>("painDuration", required: false);
        var excludes = Exclusions(map, context);
        var source = CommonReaders.Source(map, context, "the population");
        return appliesTo is null || source is null ? null : new GuidelinePopulation(appliesTo, painTypes, months, excludes, source, age, duration);
    }

    public static List<PopulationExclusion> Exclusions(MapNode parent, LoadContext context)
    {
        var excludes = new List<PopulationExclusion>();
        foreach (var item in parent.MapList("excludes", required: false))
        {
            item.ExpectKeys("condition", "text", "source");
            var condition = item.Text("condition", required: false);
            var text = item.Text("text", required: true);
            var source = CommonReaders.Source(item, context, "an exclusion");
            if (condition is not null)
            {
                context.Reference(ReferenceKind.Condition, condition, item.LocationOf("condition"));
            }

            if (text is not null && source is not null)
            {
                excludes.Add(new PopulationExclusion(condition is null ? null : new ConditionId(condition), text, source));
            }
        }

        return excludes;
    }

    public static List<PainType> PainTypes(MapNode map, LoadContext context)
    {
        var painTypes = new List<PainType>();
        foreach (var text in map.TextList("painTypes", required: false))
        {
            if (Domain.Text.KebabCase.TryParse<PainType>(text, out var painType))
            {
                painTypes.Add(painType);
            }
            else
            {
                context.Bag.Add(DiagnosticCodes.InvalidValue, map.LocationOf("painTypes"), $"'{text}' is not one of: axial, radicular");
            }
        }

        return painTypes;
    }
}
