using Spinewise.Domain.Guidelines;

namespace Spinewise.Web.Pages.Guidelines;

/// <summary>A guideline's recommendations under one of its topics (or, for recommendations whose topic it does not list, under none).</summary>
/// <param name="Topic">The topic, or <see langword="null"/> for recommendations outside the listed topics.</param>
/// <param name="Anchor">The section's anchor on the page (<c>topic-{id}</c>).</param>
/// <param name="Recommendations">Its recommendations, in published order.</param>
internal sealed record TopicGroup(Topic? Topic, string Anchor, IReadOnlyList<Recommendation> Recommendations)
{
    /// <summary>The heading: the topic title as published, or "Other recommendations".</summary>
    public string Title => Topic?.Title ?? "Other recommendations";
}
