using Spinewise.Domain.Vocabulary;

namespace Spinewise.Application.CdsHooks.Internal;

/// <summary>The source and the link every card carries.</summary>
internal static class CardSource
{
    public const string Label = "Spinewise: what interventional low-back-pain guidelines say, side by side";

    public static CdsSource Of(CardContext context, Intervention? topic) => new(
        Label,
        context.ServiceSourceUrl,
        topic is null ? new CdsCoding(CdsCardBuilder.TopicSystem, CdsCardBuilder.PatientViewTopic, "Interventional low-back-pain procedures")
            : new CdsCoding(CdsCardBuilder.TopicSystem, topic.Id.Value, topic.Label));

    public static CdsLink EvaluationLink(CardContext context) => new("The full evaluation in Spinewise, with every source", context.EvaluationLink, CdsLinkType.Absolute);
}
