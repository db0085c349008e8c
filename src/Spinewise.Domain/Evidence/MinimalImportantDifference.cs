using Spinewise.Domain.Sources;

namespace Spinewise.Domain.Evidence;

/// <summary>The smallest difference a synthesis treats as important to patients.</summary>
/// <param name="Value">The value.</param>
/// <param name="Unit">Its unit (e.g. "cm on a 10 cm VAS").</param>
/// <param name="Outcome">The outcome it applies to.</param>
/// <param name="Source">Where it is stated.</param>
public sealed record MinimalImportantDifference(double Value, string Unit, string Outcome, SourceRef Source);
