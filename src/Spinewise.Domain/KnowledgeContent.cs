using Spinewise.Domain.Codes;
using Spinewise.Domain.Conflicts;
using Spinewise.Domain.Eligibility;
using Spinewise.Domain.Evidence;
using Spinewise.Domain.Grading;
using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Sources;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain;

/// <summary>Everything a knowledge base is built from, as loaded; ids unique (the loader guarantees it).</summary>
/// <param name="Guidelines">Guidelines, in display order.</param>
/// <param name="Interventions">Intervention vocabulary.</param>
/// <param name="Conditions">Condition vocabulary.</param>
/// <param name="Schemes">Grading schemes.</param>
/// <param name="Sources">Source register.</param>
/// <param name="Tables">Guideline tables.</param>
/// <param name="Syntheses">Evidence syntheses.</param>
/// <param name="Trials">Trials.</param>
/// <param name="Critiques">Critiques and rebuttals.</param>
/// <param name="ReasonCodes">Conflict reason codes.</param>
/// <param name="Explanations">Source-stated reasons two guidelines differ.</param>
/// <param name="Criteria">Selection criteria per intervention.</param>
/// <param name="PainDurations">Reference definitions of acute and chronic pain, or <see langword="null"/> when the knowledge holds none.</param>
/// <param name="Codes">Standard codes mapped to vocabulary ids, findings and flags, or <see langword="null"/> for none.</param>
public sealed record KnowledgeContent(
    IReadOnlyList<Guideline> Guidelines,
    IReadOnlyList<Intervention> Interventions,
    IReadOnlyList<Condition> Conditions,
    IReadOnlyList<GradingScheme> Schemes,
    IReadOnlyList<SourceDocument> Sources,
    IReadOnlyList<GuidelineTable> Tables,
    IReadOnlyList<EvidenceSynthesis> Syntheses,
    IReadOnlyList<Trial> Trials,
    IReadOnlyList<Critique> Critiques,
    IReadOnlyList<ConflictReasonCode> ReasonCodes,
    IReadOnlyList<ConflictExplanation> Explanations,
    IReadOnlyList<InterventionCriteria> Criteria,
    PainDurationDefinitions? PainDurations = null,
    IReadOnlyList<CodeMapEntry>? Codes = null);
