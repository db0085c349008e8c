namespace Spinewise.Application.Contracts.Diff;

/// <summary>An intervention whose status differs.</summary>
/// <param name="Intervention">The intervention id.</param>
/// <param name="Change">Added, removed or changed.</param>
/// <param name="Before">The earlier status (kebab-case, as in the recommend contract); null when added.</param>
/// <param name="After">The later status; null when removed.</param>
public sealed record StatusChangeJson(string Intervention, ChangeKind Change, string? Before, string? After);
