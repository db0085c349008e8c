using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Spinewise.Application.CdsHooks;

/// <summary>One action of a suggestion.</summary>
/// <param name="Type">Create, update or delete.</param>
/// <param name="Description">What the action does, shown to the user.</param>
/// <param name="Resource">The FHIR resource as a JSON object (never a string), or <see langword="null"/> (omitted).</param>
public sealed record CdsAction(
    CdsActionType Type,
    string Description,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonObject? Resource);
