using System.Collections.Frozen;
using Spinewise.Application;
using Spinewise.Domain;
using Spinewise.Domain.Guidelines;

namespace Spinewise.Web.Pages.Guidelines;

/// <summary>
/// Every guideline's page content, built once from the served knowledge (it never changes while the process runs) and
/// found by id in any letter case.
/// </summary>
internal sealed class GuidelineCatalog
{
    private readonly FrozenDictionary<string, GuidelineView> _byId;

    public GuidelineCatalog(KnowledgeHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        Knowledge = host.Knowledge;
        Version = host.Version;
        Guidelines = Knowledge.Guidelines.Select(g => Build(Knowledge, g)).ToArray();
        _byId = Guidelines.ToFrozenDictionary(v => v.Guideline.Id.Value, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The knowledge the views were built from.</summary>
    public KnowledgeBase Knowledge { get; }

    /// <summary>Its version (SHA-256).</summary>
    public string Version { get; }

    /// <summary>Every guideline, in the knowledge's display order.</summary>
    public IReadOnlyList<GuidelineView> Guidelines { get; }

    /// <summary>The guideline with the id (any letter case), or <see langword="null"/>.</summary>
    public GuidelineView? Find(string? id) => id is null ? null : _byId.GetValueOrDefault(id);

    /// <summary>The anchor of a recommendation on its guideline's page, and the link to it.</summary>
    public static string LinkTo(Recommendation recommendation)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        return $"/guidelines/{Uri.EscapeDataString(recommendation.Guideline.Value)}#{Anchor(recommendation)}";
    }

    /// <summary>The element id of a recommendation on its guideline's page: <c>rec-{recommendationId}</c>.</summary>
    public static string Anchor(Recommendation recommendation)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        return "rec-" + recommendation.Id.Value;
    }

    private static GuidelineView Build(KnowledgeBase kb, Guideline guideline)
    {
        var groups = new List<TopicGroup>();
        foreach (var topic in guideline.Topics.OrderBy(t => t.Order))
        {
            var recommendations = guideline.Recommendations.Where(r => r.TopicId == topic.Id).ToArray();
            if (recommendations.Length > 0)
            {
                groups.Add(new TopicGroup(topic, "topic-" + topic.Id, recommendations));
            }
        }

        var listed = guideline.Topics.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var others = guideline.Recommendations.Where(r => !listed.Contains(r.TopicId)).ToArray();
        if (others.Length > 0)
        {
            groups.Add(new TopicGroup(null, "topic-other", others));
        }

        return new GuidelineView(guideline, kb.SchemeOf(guideline), groups, kb.TablesOf(guideline.Id));
    }
}
