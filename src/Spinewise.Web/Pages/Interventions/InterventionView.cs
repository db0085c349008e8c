using Spinewise.Domain;
using Spinewise.Domain.Conflicts;
using Spinewise.Domain.Evidence;
using Spinewise.Domain.Grading;
using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Web.Pages.Interventions;

/// <summary>Everything the intervention page shows, built once from the knowledge.</summary>
/// <param name="Intervention">The intervention.</param>
/// <param name="Comparison">Every guideline's positions, the conflicts with their reasons, the agreements.</param>
/// <param name="Rows">The matrix: one row per guideline with a position, positions per pain type.</param>
/// <param name="Trials">Trials with an arm receiving the intervention.</param>
/// <param name="Charts">The synthesis estimates on a scale with a minimal important difference, one chart per synthesis.</param>
/// <param name="OtherEstimates">Estimates that cannot be drawn against a MID (another measure, or no value found).</param>
internal sealed record InterventionView(
    Intervention Intervention,
    Comparison Comparison,
    IReadOnlyList<MatrixRow> Rows,
    IReadOnlyList<Trial> Trials,
    IReadOnlyList<EstimateChart> Charts,
    IReadOnlyList<(EvidenceSynthesis Synthesis, SynthesisEstimate Estimate)> OtherEstimates)
{
    public static InterventionView Build(KnowledgeBase kb, Intervention intervention)
    {
        var comparison = ConflictDetector.Compare(kb, intervention.Id, null);
        var rows = comparison.Positions
            .GroupBy(p => p.Guideline.Id)
            .Select(g => new MatrixRow(g.First().Guideline, [.. comparison.PainTypes.Select(pain => (IReadOnlyList<GuidelinePosition>)[.. g.Where(p => p.Recommendation.Concerns(pain))])]))
            .ToList();
        var charts = new List<EstimateChart>();
        var other = new List<(EvidenceSynthesis, SynthesisEstimate)>();
        foreach (var synthesis in kb.Syntheses)
        {
            var estimates = synthesis.Estimates.Where(e => e.Intervention == intervention.Id).ToList();
            var drawable = estimates.Where(e => EstimateChart.Drawable(synthesis, e)).ToList();
            if (drawable.Count > 0)
            {
                charts.Add(EstimateChart.Build(synthesis, drawable, intervention));
            }

            other.AddRange(estimates.Except(drawable).Select(e => (synthesis, e)));
        }

        return new InterventionView(intervention, comparison, rows, [.. kb.Trials.Where(t => t.Studies(intervention.Id))], charts, other);
    }

    /// <summary>The words for a pain type.</summary>
    public static string PainWords(PainType pain) => pain switch
    {
        PainType.Axial => "axial (back) pain",
        _ => "radicular (nerve root) pain",
    };

    /// <summary>The label of a variant of the intervention, or null.</summary>
    public string? VariantLabel(string? variant) => variant is null ? null : Intervention.FindVariant(variant)?.Label ?? variant;

    /// <summary>The fragment of a recommendation on its guideline's page.</summary>
    public static string RecommendationLink(Recommendation r) => $"/guidelines/{r.Guideline.Value}#rec-{r.Id.Value}";
}

/// <summary>One guideline's row of the matrix: its positions for each compared pain type (same order as the comparison's pain types).</summary>
/// <param name="Guideline">The guideline.</param>
/// <param name="Cells">Positions per pain type; a recommendation not restricted to a pain type appears under each.</param>
internal sealed record MatrixRow(Guideline Guideline, IReadOnlyList<IReadOnlyList<GuidelinePosition>> Cells);
