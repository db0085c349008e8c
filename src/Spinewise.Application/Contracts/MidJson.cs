namespace Spinewise.Application.Contracts;

/// <summary>A minimal important difference.</summary>
/// <param name="Value">The difference.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Outcome">The outcome it applies to.</param>
/// <param name="Source">Where it is stated.</param>
public sealed record MidJson(double Value, string Unit, string Outcome, SourceJson Source);
