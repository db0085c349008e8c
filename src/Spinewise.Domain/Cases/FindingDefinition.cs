namespace Spinewise.Domain.Cases;

/// <summary>A measurement a case may record under <c>findings</c>, with its unit and allowed range.</summary>
/// <param name="Key">JSON key, e.g. <c>odi</c>.</param>
/// <param name="Label">What is measured.</param>
/// <param name="Unit">Unit of the value.</param>
/// <param name="Minimum">Smallest allowed value.</param>
/// <param name="Maximum">Largest allowed value.</param>
/// <param name="Question">The question to ask when it is unknown.</param>
/// <param name="WholeNumber">True when only whole numbers are allowed.</param>
public sealed record FindingDefinition(string Key, string Label, string Unit, double Minimum, double Maximum, string Question, bool WholeNumber = false);
