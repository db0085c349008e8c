namespace Spinewise.Domain.Grading;

/// <summary>A published spelling of a level that differs from its normalised form (a typo kept traceable), e.g. <c>1-B</c> for <c>I-B</c>.</summary>
/// <param name="AsPublished">The text as published.</param>
/// <param name="Level">The normalised level it stands for.</param>
/// <param name="Note">Why it is read that way.</param>
public sealed record LevelVariant(string AsPublished, string Level, string Note);
