using Spinewise.Application.Meta;
using Spinewise.Evidence.EffectSizes;

namespace Spinewise.Web.Pages.Evidence;

/// <summary>
/// A practice dataset the workbench ships (<c>examples/meta/{Id}.csv</c>, embedded): metafor's name for it, what it
/// holds, the column mapping its analyses need, the moderators and subgroups it offers, and the escalc measures the
/// engine computes on it (found by running escalc once, not listed by hand).
/// </summary>
/// <param name="Id">Short name, also the file name without <c>.csv</c> and the <c>dataset</c> query value.</param>
/// <param name="RName">metafor's name of the same data (<c>dat.bcg</c>).</param>
/// <param name="Description">What the rows are, in a sentence.</param>
/// <param name="Csv">The CSV text.</param>
/// <param name="Mapping">Options every analysis of it takes: metafor argument → column (e.g. <c>ai</c> → <c>tpos</c>) and the label column.</param>
/// <param name="Moderators">Columns offered as moderators.</param>
/// <param name="Subgroups">Columns offered as subgroups.</param>
/// <param name="Measures">The measures escalc computes on it; empty when it carries yi/vi only.</param>
/// <param name="GivenEffects">When it carries yi/vi, what they are (e.g. log odds ratios); else null.</param>
internal sealed record EvidenceDataset(
    string Id,
    string RName,
    string Description,
    string Csv,
    IReadOnlyDictionary<string, string> Mapping,
    IReadOnlyList<string> Moderators,
    IReadOnlyList<string> Subgroups,
    IReadOnlyList<EffectMeasure> Measures,
    string? GivenEffects)
{
    /// <summary>The file name of the CSV.</summary>
    public string FileName => Id + ".csv";

    /// <summary>The rows as a request source named by the file.</summary>
    public MetaRows Rows() => MetaRows.FromCsv(Csv, FileName);
}
