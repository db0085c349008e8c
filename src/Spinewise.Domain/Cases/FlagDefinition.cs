namespace Spinewise.Domain.Cases;

/// <summary>A yes/no fact a case may record under <c>flags</c>, with the plain question that asks for it.</summary>
/// <param name="Key">JSON key, e.g. <c>activeInfection</c>.</param>
/// <param name="Meaning">What <see langword="true"/> means.</param>
/// <param name="Question">The question to ask when it is unknown.</param>
public sealed record FlagDefinition(string Key, string Meaning, string Question);
