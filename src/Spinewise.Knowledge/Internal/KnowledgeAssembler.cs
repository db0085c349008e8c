using Spinewise.Domain;
using Spinewise.Domain.Guidelines;

namespace Spinewise.Knowledge.Internal;

/// <summary>Turns what was read into a knowledge base: checks references, grading and completeness, then indexes.</summary>
internal static class KnowledgeAssembler
{
    public static KnowledgeBase? Assemble(LoadContext context, KnowledgeVersion version)
    {
        ReferenceChecker.Check(context);
        var guidelines = new List<Guideline>();
        foreach (var raw in context.Guidelines)
        {
            var scheme = context.Schemes.FirstOrDefault(s => s.Id == raw.Guideline.GradingScheme);
            RestrictionChecker.CheckGuideline(raw.Guideline, raw.At, context.Bag);
            var recommendations = new List<Recommendation>();
            foreach (var item in context.Recommendations.Where(r => r.Draft.Guideline == raw.Guideline.Id))
            {
                if (scheme is not null && RecommendationBuilder.Build(item, scheme, context.Bag) is { } recommendation)
                {
                    RestrictionChecker.Check(recommendation, raw.Guideline, item.At, context.Bag);
                    recommendations.Add(recommendation);
                }
            }

            var order = raw.Guideline.Topics.Select((t, i) => (t.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
            var sorted = recommendations.OrderBy(r => order.GetValueOrDefault(r.TopicId, int.MaxValue)).ToList();
            foreach (var topic in raw.Guideline.Topics.Where(t => !context.TopicsWithEntries.Contains((raw.Guideline.Id.Value, t.Id))))
            {
                var at = context.DefinitionOf(ReferenceKind.Topic, topic.Id, raw.Guideline.Id.Value) ?? raw.At.Child("topics");
                context.Bag.Add(DiagnosticCodes.MissingField, at, $"topic '{topic.Id}' of guideline '{raw.Guideline.Id}' has no recommendations");
            }

            guidelines.Add(raw.Guideline with { Recommendations = sorted });
        }

        if (context.Bag.Count > 0)
        {
            return null;
        }

        return new KnowledgeBase(version, new KnowledgeContent(
            guidelines, context.Interventions, context.Conditions, context.Schemes, context.Sources, context.Tables,
            context.Syntheses, context.Trials, context.Critiques, context.ReasonCodes, context.Explanations, context.Criteria, context.PainDurations, context.Codes));
    }
}
