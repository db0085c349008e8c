namespace Spinewise.Domain.Vocabulary;

/// <summary>An interventional procedure or a comparator treatment of the vocabulary.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Label">Human-readable name.</param>
/// <param name="Category">Broad family, e.g. <c>injection</c>, <c>ablation</c>, <c>neuromodulation</c>, <c>minimally-invasive-surgery</c>.</param>
/// <param name="Synonyms">Other names and abbreviations used in the sources.</param>
/// <param name="Variants">Sub-types of the intervention.</param>
/// <param name="Codes">Standard codes, only where a source gives them.</param>
/// <param name="Plain">What the procedure is, in plain words a patient can read, composed only from a source that describes it (with that source); <see langword="null"/> when no source in the knowledge describes it.</param>
public sealed record Intervention(
    InterventionId Id,
    string Label,
    string Category,
    IReadOnlyList<string> Synonyms,
    IReadOnlyList<InterventionVariant> Variants,
    IReadOnlyList<StandardCode> Codes,
    Evidence.SourcedText? Plain = null)
{
    /// <summary>The variant with the given id, or <see langword="null"/>.</summary>
    /// <param name="variantId">Variant id, e.g. <c>pulsed</c>.</param>
    public InterventionVariant? FindVariant(string variantId)
    {
        foreach (var variant in Variants)
        {
            if (string.Equals(variant.Id, variantId, StringComparison.Ordinal))
            {
                return variant;
            }
        }

        return null;
    }
}
