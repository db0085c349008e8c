using Spinewise.Domain.Sources;

namespace Spinewise.Domain.Codes;

/// <summary>A standard code and what it maps to, with the source that states the code and its meaning.</summary>
/// <param name="System">FHIR system URI (<see cref="CodeSystems"/>).</param>
/// <param name="Code">The code as the terminology spells it (<c>M51.16</c>, <c>64483</c>).</param>
/// <param name="Display">
/// The code's display as the source gives it; for CPT a short local label (CPT descriptors are AMA-copyrighted).
/// </param>
/// <param name="Targets">What it maps to; at least one.</param>
/// <param name="Status">Whether it may be written or only read.</param>
/// <param name="Source">The source that states the code.</param>
/// <param name="Note">What to know when using it, or <see langword="null"/>.</param>
/// <param name="Preferred">True when it is the code to write for its target where several map to it.</param>
public sealed record CodeMapEntry(
    string System,
    string Code,
    string Display,
    IReadOnlyList<CodeTarget> Targets,
    CodeStatus Status,
    SourceRef Source,
    string? Note = null,
    bool Preferred = false)
{
    /// <summary>True when the code may be written (it is neither deleted nor a parent code).</summary>
    public bool Emittable => Status == CodeStatus.Active;
}
