using Spinewise.Domain.Sources;

namespace Spinewise.Domain.Guidelines;

/// <summary>A section of a guideline's recommendations (ASPN 2022 has 18).</summary>
/// <param name="Id">Id, unique inside the guideline (e.g. <c>rfa</c>).</param>
/// <param name="Title">Section title exactly as published.</param>
/// <param name="Order">1-based position in the guideline.</param>
/// <param name="Source">Where the section is.</param>
public sealed record Topic(string Id, string Title, int Order, SourceRef Source);
