namespace Spinewise.Application.CdsHooks;

/// <summary>A link on a card.</summary>
/// <param name="Label">What the link is, shown to the user.</param>
/// <param name="Url">Where it goes.</param>
/// <param name="Type">Absolute or SMART.</param>
public sealed record CdsLink(string Label, Uri Url, CdsLinkType Type);
