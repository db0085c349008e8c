namespace Spinewise.Application.CdsHooks;

/// <summary>A CDS Hooks service response body: <c>{ "cards": [...] }</c>; an empty list when there is nothing to say.</summary>
/// <param name="Cards">The cards, in the order they were built.</param>
public sealed record CdsCards(IReadOnlyList<CdsCard> Cards)
{
    /// <summary>The response with no card.</summary>
    public static CdsCards None { get; } = new([]);
}
