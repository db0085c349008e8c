namespace Spinewise.Application.Contracts;

/// <summary>An evidence level printed in a variant form, and the level it is read as.</summary>
/// <param name="AsPublished">The level as printed.</param>
/// <param name="Level">The scheme's level it is read as.</param>
/// <param name="Note">Why.</param>
public sealed record LevelVariantJson(string AsPublished, string Level, string Note);
