using Spinewise.Domain.Evidence;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Knowledge.Internal.Readers;

/// <summary>Reads <c>kind: interventions</c> and <c>kind: conditions</c> files.</summary>
internal static class VocabularyReader
{
    public static void ReadInterventions(MapNode root, LoadContext context)
    {
        root.ExpectKeys("kind", "interventions");
        foreach (var map in root.MapList("interventions", required: true))
        {
            map.ExpectKeys("id", "label", "category", "synonyms", "variants", "codes", "plain");
            var id = CommonReaders.DefineId(map, context, ReferenceKind.Intervention);
            var label = map.Text("label", required: true);
            var category = map.Text("category", required: true);
            var synonyms = map.TextList("synonyms", required: false);
            var variants = new List<InterventionVariant>();
            foreach (var variantMap in map.MapList("variants", required: false))
            {
                variantMap.ExpectKeys("id", "label", "synonyms");
                var variantId = CommonReaders.DefineId(variantMap, context, ReferenceKind.Variant, scope: id);
                var variantLabel = variantMap.Text("label", required: true);
                var variantSynonyms = variantMap.TextList("synonyms", required: false);
                if (variantId is not null && variantLabel is not null)
                {
                    variants.Add(new InterventionVariant(variantId, variantLabel, variantSynonyms));
                }
            }

            var codes = CommonReaders.Codes(map, context);
            var plain = Plain(map, context);
            if (id is not null && label is not null && category is not null)
            {
                context.Interventions.Add(new Intervention(new InterventionId(id), label, category, synonyms, variants, codes, plain));
            }
        }
    }

    /// <summary>The optional <c>plain</c> description: <c>{ text, source }</c>, both required when it is given.</summary>
    private static SourcedText? Plain(MapNode map, LoadContext context)
    {
        if (!map.Has("plain") || map.Map("plain", required: true) is not { } plain)
        {
            return null;
        }

        plain.ExpectKeys("text", "source");
        var text = plain.Text("text", required: true);
        var source = CommonReaders.Source(plain, context, "a plain description");
        return text is null || source is null ? null : new SourcedText(text, source);
    }

    public static void ReadConditions(MapNode root, LoadContext context)
    {
        root.ExpectKeys("kind", "conditions");
        foreach (var map in root.MapList("conditions", required: true))
        {
            map.ExpectKeys("id", "label", "synonyms", "codes", "broader");
            var id = CommonReaders.DefineId(map, context, ReferenceKind.Condition);
            var broader = SynthesisReader.References(map, "broader", ReferenceKind.Condition, context).Select(b => new ConditionId(b)).ToList();
            var label = map.Text("label", required: true);
            var synonyms = map.TextList("synonyms", required: false);
            var codes = CommonReaders.Codes(map, context);
            if (id is not null && label is not null)
            {
                context.Conditions.Add(new Condition(new ConditionId(id), label, synonyms, codes, broader));
            }
        }
    }
}
