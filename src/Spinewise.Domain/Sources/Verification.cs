namespace Spinewise.Domain.Sources;

/// <summary>How far a fact has been checked against its primary source.</summary>
public enum Verification
{
    /// <summary>Seen in the primary source (or its official abstract, registry or table page).</summary>
    Verified,

    /// <summary>Taken from a secondary source (news, society or payer summary, manufacturer page).</summary>
    Secondary,

    /// <summary>Partly seen or recalled; must be checked against the primary source before relying on it.</summary>
    Unverified,

    /// <summary>Searched for and not found in the pages read.</summary>
    NotFound,
}
