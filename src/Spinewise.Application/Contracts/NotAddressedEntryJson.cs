namespace Spinewise.Application.Contracts;

/// <summary>An intervention a source says the guideline does not address.</summary>
/// <param name="Intervention">The intervention id.</param>
/// <param name="Source">Where it is stated.</param>
public sealed record NotAddressedEntryJson(string Intervention, SourceRefJson Source);
