using Spinewise.Domain.Conflicts;
using Spinewise.Domain.Decisions;
using Spinewise.Domain.Eligibility;
using Spinewise.Domain.Grading;

namespace Spinewise.Application.CdsHooks.Internal;

/// <summary>
/// One ordered procedure seen through its assessment: the recommendations, criteria and conflicts that concern the
/// ordered form (a variant's own and the general ones; every variant's when the order names none).
/// </summary>
internal sealed class OrderedForm
{
    public OrderedForm(InterventionAssessment assessment, string? variant)
    {
        Assessment = assessment;
        Variant = variant is null ? null : assessment.Intervention.FindVariant(variant);
        Fits = [.. assessment.Recommendations.Where(r => Concerns(r.Position.Stance.Variant))];
        Criteria = [.. assessment.Criteria.Where(c => Concerns(c.Criterion.Variant))];
        var applies = Fits.GroupBy(Key).ToDictionary(g => g.Key, g => g.Max(f => Rank(f.Applies)));
        Conflicts = [.. assessment.Conflicts
            .Select(c => (c.Conflict, Applies: Side(c.Conflict.First, applies) is { } a && Side(c.Conflict.Second, applies) is { } b ? Math.Min(a, b) : -1))
            .Where(x => x.Applies > 0)
            .Select(x => new CaseConflict(x.Conflict, x.Applies == 2 ? Applicability.Yes : Applicability.Unknown))];
    }

    public InterventionAssessment Assessment { get; }

    /// <summary>The ordered variant, or <see langword="null"/> when the order names none the vocabulary knows.</summary>
    public Domain.Vocabulary.InterventionVariant? Variant { get; }

    /// <summary>The name of the ordered form: the variant's label, else the procedure's.</summary>
    public string Name => Variant?.Label ?? Assessment.Intervention.Label;

    public IReadOnlyList<RecommendationFit> Fits { get; }

    /// <summary>
    /// The fits on exactly the ordered form: general positions, and those on the ordered variant. When the order names no
    /// variant, a position on one variant (ASPN against pulsed RFA) is not a position on the order and is left out.
    /// </summary>
    public IEnumerable<RecommendationFit> ExactFits => Fits.Where(f => f.Position.Stance.Variant is null || f.Position.Stance.Variant == Variant?.Id);

    public IReadOnlyList<CriterionOutcome> Criteria { get; }

    /// <summary>Conflicts with a position on each side that concerns the ordered form and applies (yes) or may apply (unknown).</summary>
    public IReadOnlyList<CaseConflict> Conflicts { get; }

    /// <summary>Treatment or selection recommendations that apply and point against exactly the ordered form.</summary>
    public IEnumerable<RecommendationFit> AgainstApplying => ExactFits.Where(f => f.Applies == Applicability.Yes
        && f.Position.Stance.Direction == Stance.Against && f.Position.Recommendation.Kind is RecommendationKind.Treatment or RecommendationKind.Selection);

    public bool ContraindicationMet => Criteria.Any(c => c.Criterion.Role == CriterionRole.Contraindication && c.Result == Truth.Met);

    public IEnumerable<CriterionOutcome> PrerequisitesNotMet => Criteria.Where(c => c.Criterion.Role == CriterionRole.Prerequisite && c.Result == Truth.NotMet);

    private bool Concerns(string? variant) => Variant is null || variant is null || variant == Variant.Id;

    private static (string, string?) Key(RecommendationFit f) => (f.Position.Recommendation.Id.Value, f.Position.Stance.Variant);

    private static int Rank(Applicability a) => a switch { Applicability.Yes => 2, Applicability.Unknown => 1, _ => 0 };

    /// <summary>The best applicability among a side's positions on the ordered form, or null when none concerns it.</summary>
    private int? Side(ConflictSide side, Dictionary<(string, string?), int> applies)
    {
        var ranks = side.Positions.Where(p => Concerns(p.Stance.Variant))
            .Select(p => applies.TryGetValue((p.Recommendation.Id.Value, p.Stance.Variant), out var r) ? r : 0).ToList();
        return ranks.Count == 0 ? null : ranks.Max();
    }
}
