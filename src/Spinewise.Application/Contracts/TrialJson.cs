using Spinewise.Domain;
using Spinewise.Domain.Evidence;
using Spinewise.Domain.Sources;

namespace Spinewise.Application.Contracts;

/// <summary>A trial as written by <c>spinewise trial show --json</c> (and, summarised, by <c>trials --json</c>).</summary>
public sealed record TrialJson(
    string Id, string Name, string Title, string? Registration, TrialDesignJson Design, int? Enrolled, int? Centres,
    IReadOnlyList<string> Countries, int? AgeMin, int? AgeMax, IReadOnlyList<TrialArmJson> Arms, IReadOnlyList<FollowUpJson> FollowUp,
    IReadOnlyList<TextJson> Outcomes, IReadOnlyList<TextJson> Inclusion, IReadOnlyList<TextJson> Exclusion, TextJson? Safety,
    IReadOnlyList<TrialReportJson> Reports, IReadOnlyList<string> Supports, IReadOnlyList<string> Notes, Verification Verification, SourceJson Source)
{
    internal static TrialJson From(KnowledgeBase kb, Trial t) => new(
        t.Id, t.Name, t.Title, t.Registration,
        new TrialDesignJson(t.Design.Randomised, t.Design.Blinding, t.Design.Comparator, t.Design.Multicentre, t.Design.Sponsor, t.Design.Description, SourceJson.From(kb, t.Design.Source)),
        t.Enrolled, t.Centres, t.Countries, t.AgeMin, t.AgeMax,
        t.Arms.Select(a => new TrialArmJson(a.Id, a.Label, a.N, a.Interventions.Select(i => i.Value).ToList())).ToList(),
        [.. t.FollowUp.Select(f => new FollowUpJson(f.Label, f.Months, f.Primary))],
        t.Outcomes.Select(o => new TextJson(o.Primary ? $"{o.Name} (primary)" : o.Name, SourceJson.From(kb, o.Source))).ToList(),
        t.Inclusion.Select(x => TextJson.From(kb, x)).ToList(), t.Exclusion.Select(x => TextJson.From(kb, x)).ToList(),
        t.Safety is null ? null : TextJson.From(kb, t.Safety),
        t.Reports.Select(r => new TrialReportJson(r.Label, r.Citation, r.Doi, r.Analysed, r.Findings, r.Source.Verification, SourceJson.From(kb, r.Source))).ToList(),
        t.Supports.Select(s => s.Value).ToList(), t.Notes, t.Source.Verification, SourceJson.From(kb, t.Source));
}

/// <summary>Trial design.</summary>
public sealed record TrialDesignJson(bool Randomised, string Blinding, Comparator Comparator, bool Multicentre, string? Sponsor, string Description, SourceJson Source);

/// <summary>Trial arm.</summary>
public sealed record TrialArmJson(string Id, string Label, int N, IReadOnlyList<string> Interventions);

/// <summary>A sourced sentence.</summary>
public sealed record TextJson(string Text, SourceJson Source)
{
    internal static TextJson From(KnowledgeBase kb, SourcedText t) => new(t.Text, SourceJson.From(kb, t.Source));
}

/// <summary>A trial report.</summary>
public sealed record TrialReportJson(string Label, string Citation, string? Doi, int? Analysed, string Findings, Verification Verification, SourceJson Source);
