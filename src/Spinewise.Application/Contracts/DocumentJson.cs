using System.Text.Json.Serialization;

namespace Spinewise.Application.Contracts;

/// <summary>A source document in an answer's <c>documents</c> table.</summary>
/// <param name="Citation">The document's citation (its id when the knowledge has none).</param>
/// <param name="Url">Where it can be read, when known.</param>
public sealed record DocumentJson(string Citation, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Url);
