using Spinewise.Domain.Sources;

namespace Spinewise.Domain.Vocabulary;

/// <summary>A code from a standard terminology, recorded only where a source gives it.</summary>
/// <param name="System">Terminology, e.g. <c>MeSH</c>, <c>ICD-10-CM</c>, <c>CPT</c>.</param>
/// <param name="Code">The code, e.g. <c>D017116</c>.</param>
/// <param name="Display">The code's display text as the source gives it.</param>
/// <param name="Source">The source that states the code.</param>
public sealed record StandardCode(string System, string Code, string Display, SourceRef Source);
