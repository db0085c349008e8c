namespace Spinewise.Application.CdsHooks;

/// <summary>How a card's link is opened (CDS Hooks 2.0 <c>link.type</c>).</summary>
public enum CdsLinkType
{
    /// <summary><c>absolute</c>: opened as it is.</summary>
    Absolute,

    /// <summary><c>smart</c>: a SMART app the client launches with its launch parameters.</summary>
    Smart,
}
