using Spinewise.Domain;
using Spinewise.Domain.Evidence;
using Spinewise.Domain.Guidelines;

namespace Spinewise.Application.Contracts;

/// <summary>An evidence synthesis (systematic review, network meta-analysis) with its estimates.</summary>
/// <param name="Id">Synthesis id.</param>
/// <param name="Title">Title as published.</param>
/// <param name="Citation">Citation.</param>
/// <param name="Design">Design in words.</param>
/// <param name="SearchedTo">Date the search ran to, if reported.</param>
/// <param name="EligibleStudies">Eligible studies, if reported.</param>
/// <param name="Trials">Trials, if reported.</param>
/// <param name="Participants">Participants, if reported.</param>
/// <param name="Procedures">Procedures, if reported.</param>
/// <param name="Comparator">The comparator.</param>
/// <param name="Mid">The minimal important difference used, if any.</param>
/// <param name="Timepoints">Time points in words, if reported.</param>
/// <param name="Excludes">Populations it excludes.</param>
/// <param name="Informs">Ids of the recommendations it informs.</param>
/// <param name="Estimates">Its estimates.</param>
/// <param name="Notes">Notes.</param>
/// <param name="Source">Where it is recorded.</param>
public sealed record SynthesisJson(
    string Id, string Title, CitationJson Citation, string Design, DateOnly? SearchedTo, int? EligibleStudies, int? Trials, int? Participants,
    int? Procedures, Comparator Comparator, MidJson? Mid, string? Timepoints, IReadOnlyList<ExclusionJson> Excludes, IReadOnlyList<string> Informs,
    IReadOnlyList<EstimateJson> Estimates, IReadOnlyList<string> Notes, SourceJson Source)
{
    internal static SynthesisJson From(KnowledgeBase kb, EvidenceSynthesis s) => new(
        s.Id, s.Title, CitationJson.From(s.Citation), s.Design, s.SearchedTo, s.EligibleStudies, s.Trials, s.Participants, s.Procedures, s.Comparator,
        s.Mid is null ? null : new MidJson(s.Mid.Value, s.Mid.Unit, s.Mid.Outcome, SourceJson.From(kb, s.Mid.Source)),
        s.Timepoints,
        [.. s.Excludes.Select(e => new ExclusionJson(e.Condition?.Value, e.Text, SourceJson.From(kb, e.Source)))],
        [.. s.Informs.Select(i => i.Value)],
        [.. s.Estimates.Select(e => new EstimateJson(
            e.Intervention.Value, e.Agent, e.PainType, e.Outcome, e.Timepoint, e.Measure, e.Unit, e.Value,
            e.Lower is null ? null : [e.Lower, e.Upper], e.Certainty, e.Wording, e.Note, SourceJson.From(kb, e.Source)))],
        s.Notes, SourceJson.From(kb, s.Source));
}
