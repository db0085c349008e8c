namespace Spinewise.Domain.Vocabulary;

/// <summary>A sub-type of an intervention (an approach, technique or agent), e.g. transforaminal epidural injection or pulsed RFA.</summary>
/// <param name="Id">Id, unique inside its intervention (e.g. <c>pulsed</c>).</param>
/// <param name="Label">Human-readable name.</param>
/// <param name="Synonyms">Other names and abbreviations used in the sources.</param>
public sealed record InterventionVariant(string Id, string Label, IReadOnlyList<string> Synonyms);
