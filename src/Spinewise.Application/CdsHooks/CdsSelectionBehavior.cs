namespace Spinewise.Application.CdsHooks;

/// <summary>How many of a card's suggestions the user may choose (CDS Hooks 2.0 <c>selectionBehavior</c>).</summary>
public enum CdsSelectionBehavior
{
    /// <summary><c>at-most-one</c>: none or one (the suggestions are alternatives).</summary>
    AtMostOne,

    /// <summary><c>any</c>: any number, from none to all.</summary>
    Any,
}
