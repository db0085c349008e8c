using System.Text.Json.Serialization;

namespace Spinewise.Application.CdsHooks;

/// <summary>A CDS Hooks Coding: a code of a code system, with its display text.</summary>
/// <param name="System">The code system URI.</param>
/// <param name="Code">The code.</param>
/// <param name="Display">The text shown to people (required for override reasons; omitted when <see langword="null"/>).</param>
public sealed record CdsCoding(
    string System,
    string Code,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Display);
