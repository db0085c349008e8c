namespace Spinewise.Domain.Vocabulary;

/// <summary>A diagnosis, finding or exclusion condition of the vocabulary.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Label">Human-readable name.</param>
/// <param name="Synonyms">Other names and abbreviations used in the sources.</param>
/// <param name="Codes">Standard codes, only where a source gives them.</param>
/// <param name="Broader">Conditions this one is a kind of (facet-mediated pain is a kind of low back pain).</param>
public sealed record Condition(
    ConditionId Id,
    string Label,
    IReadOnlyList<string> Synonyms,
    IReadOnlyList<StandardCode> Codes,
    IReadOnlyList<ConditionId> Broader);
