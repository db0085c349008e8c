using Spinewise.Domain.Sources;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Eligibility;

/// <summary>
/// One selection criterion a source states for an intervention: an indication, prerequisite, contraindication or a
/// trial's or payer's eligibility threshold, with the source's wording, its computable test and the source.
/// </summary>
/// <param name="Id">Stable id, <c>intervention/name</c>.</param>
/// <param name="Intervention">The intervention it concerns.</param>
/// <param name="Role">How it bears on candidacy.</param>
/// <param name="Basis">What kind of source states it.</param>
/// <param name="Statement">The criterion as the source words it.</param>
/// <param name="StatementIsParaphrase">True when the statement is a paraphrase (e.g. the research report's) rather than the source's words.</param>
/// <param name="Trial">Id of the trial whose eligibility it is, when it is one.</param>
/// <param name="Variant">The variant it concerns only, if any.</param>
/// <param name="Test">What it checks in a case.</param>
/// <param name="Note">How the statement was read into the test, when not obvious.</param>
/// <param name="Source">Where it is stated.</param>
public sealed record Criterion(
    string Id,
    InterventionId Intervention,
    CriterionRole Role,
    CriterionBasis Basis,
    string Statement,
    bool StatementIsParaphrase,
    string? Trial,
    string? Variant,
    CriterionTest Test,
    string? Note,
    SourceRef Source)
{
    /// <summary>True for indications and prerequisites, which must be met for a candidate.</summary>
    public bool IsRequired => Role is CriterionRole.Indication or CriterionRole.Prerequisite;
}
