using System.Text.Json.Serialization;

namespace Spinewise.Application.CdsHooks;

/// <summary>A card's <c>source</c>: who provides the information on it.</summary>
/// <param name="Label">Short label shown for the source.</param>
/// <param name="Url">An absolute URL to learn more about the source, or <see langword="null"/> (omitted).</param>
/// <param name="Topic">What the card is about, as a coding of the product's local topic system (<see cref="CdsCardBuilder.TopicSystem"/>), or <see langword="null"/> (omitted).</param>
public sealed record CdsSource(
    string Label,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Uri? Url,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] CdsCoding? Topic);
