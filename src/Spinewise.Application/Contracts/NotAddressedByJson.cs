namespace Spinewise.Application.Contracts;

/// <summary>A guideline a source says does not address the intervention.</summary>
/// <param name="Guideline">The guideline id.</param>
/// <param name="Source">Where that is stated (a key of the answer's <c>sources</c>).</param>
public sealed record NotAddressedByJson(string Guideline, string Source);
