namespace Spinewise.Web.Pages.Guidelines;

/// <summary>What a search result is; results are grouped by it, in this order.</summary>
internal enum SearchKind
{
    /// <summary>An intervention of the vocabulary.</summary>
    Intervention,

    /// <summary>A condition of the vocabulary.</summary>
    Condition,

    /// <summary>A guideline.</summary>
    Guideline,

    /// <summary>A recommendation of a guideline.</summary>
    Recommendation,
}
