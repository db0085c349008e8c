using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Sources;

namespace Spinewise.Domain.Evidence;

/// <summary>A systematic review or (network) meta-analysis behind guideline recommendations.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Title">Title.</param>
/// <param name="Citation">Bibliographic facts.</param>
/// <param name="Design">Design in words.</param>
/// <param name="SearchedTo">Date the search ran to, when given.</param>
/// <param name="EligibleStudies">Number of eligible studies, when given.</param>
/// <param name="Trials">Number of trials analysed, when given.</param>
/// <param name="Participants">Number of participants, when given.</param>
/// <param name="Procedures">Number of procedures or combinations compared, when given.</param>
/// <param name="Comparator">Main comparator.</param>
/// <param name="Mid">Minimal important difference used, when given.</param>
/// <param name="Timepoints">Time points analysed, in words.</param>
/// <param name="Excludes">Conditions whose trials it excluded.</param>
/// <param name="Informs">Recommendations it informs.</param>
/// <param name="Estimates">Its pooled estimates.</param>
/// <param name="Notes">Reading notes.</param>
/// <param name="Source">Where it is described, with its verification.</param>
public sealed record EvidenceSynthesis(
    string Id,
    string Title,
    Citation Citation,
    string Design,
    DateOnly? SearchedTo,
    int? EligibleStudies,
    int? Trials,
    int? Participants,
    int? Procedures,
    Comparator Comparator,
    MinimalImportantDifference? Mid,
    string? Timepoints,
    IReadOnlyList<PopulationExclusion> Excludes,
    IReadOnlyList<RecommendationId> Informs,
    IReadOnlyList<SynthesisEstimate> Estimates,
    IReadOnlyList<string> Notes,
    SourceRef Source);
