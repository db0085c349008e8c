using Spinewise.Domain.Grading;
using Spinewise.Domain.Sources;

namespace Spinewise.Domain.Guidelines;

/// <summary>Further facts of a recommendation: pain types, strength (label, published wording, common scale), published certainty wording, verification.</summary>
/// <param name="PainTypes">Pain types it concerns (empty when not restricted).</param>
/// <param name="Strength">Strength label of the guideline's scheme, or <see langword="null"/>.</param>
/// <param name="StrengthAsPublished">Strength exactly as published, or <see langword="null"/>.</param>
/// <param name="StrengthNormalised">Strength on the common scale, through the scheme's explicit mapping, or <see langword="null"/>.</param>
/// <param name="CertaintyAsPublished">Certainty exactly as published (may be a range), or <see langword="null"/>.</param>
/// <param name="StatementIsParaphrase">True when the statement is a paraphrase rather than the published words.</param>
/// <param name="Verification">How far the recommendation was verified against its primary source.</param>
/// <param name="Duration">The pain duration its statement names ("in acute cases"), or <see langword="null"/> when it names none.</param>
/// <param name="Population">Further restrictions its statement gives (regions, exclusions, age, implied conditions).</param>
public sealed record RecommendationDetails(
    IReadOnlyList<PainType> PainTypes,
    string? Strength,
    string? StrengthAsPublished,
    StrengthLevel? StrengthNormalised,
    string? CertaintyAsPublished,
    bool StatementIsParaphrase,
    Verification Verification,
    PainDuration? Duration = null,
    StatementPopulation? Population = null)
{
    /// <summary>The statement's further restrictions (<see cref="StatementPopulation.None"/> when it gives none).</summary>
    public StatementPopulation Restrictions => Population ?? StatementPopulation.None;

    /// <summary>No pain-type restriction, no strength, verbatim and verified.</summary>
    public static RecommendationDetails Plain { get; } = new([], null, null, null, null, false, Verification.Verified);
}
