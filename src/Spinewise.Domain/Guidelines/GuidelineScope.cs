using Spinewise.Domain.Sources;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Guidelines;

/// <summary>What a guideline covers and whom it is for, as the guideline (or its summary) states it.</summary>
/// <param name="Objectives">The document objectives, verbatim.</param>
/// <param name="TargetPatients">Target patient population.</param>
/// <param name="TargetProviders">Target provider population.</param>
/// <param name="IntendedUsers">Intended users.</param>
/// <param name="Settings">Health-care settings.</param>
/// <param name="Inclusion">Inclusion criteria (e.g. sexes and age groups).</param>
/// <param name="Areas">Scope areas (e.g. treatment, management).</param>
/// <param name="Mesh">Diseases/conditions as MeSH codes.</param>
/// <param name="Keywords">Keywords.</param>
/// <param name="Country">Country of publication.</param>
/// <param name="DocumentType">Document type.</param>
/// <param name="Source">Where the scope is stated.</param>
public sealed record GuidelineScope(
    string Objectives,
    string TargetPatients,
    string TargetProviders,
    IReadOnlyList<string> IntendedUsers,
    IReadOnlyList<string> Settings,
    IReadOnlyList<string> Inclusion,
    IReadOnlyList<string> Areas,
    IReadOnlyList<StandardCode> Mesh,
    IReadOnlyList<string> Keywords,
    string? Country,
    string? DocumentType,
    SourceRef Source);
