using Spinewise.Domain;
using Spinewise.Domain.Evidence;
using Spinewise.Domain.Grading;
using Spinewise.Domain.Sources;
using Spinewise.Domain.Vocabulary;
using Spinewise.Web.Pages.Interventions;

namespace Spinewise.Web.Pages.DecisionAid;

/// <summary>
/// A patient decision aid composed from the knowledge only: the plain description (where a source describes the
/// procedure), the estimates against sham with the minimal important difference, the trials, the harms the sources
/// state, each guideline's stance in plain words, the reasons they disagree, what is uncertain, and the sources as
/// numbered notes.
/// </summary>
internal sealed class DecisionAidView
{
    private readonly List<SourceRef> _sources = [];

    private DecisionAidView(InterventionView detail) => Detail = detail;

    public InterventionView Detail { get; }

    public Intervention Intervention => Detail.Intervention;

    /// <summary>The sources cited, numbered from 1 in order of first use.</summary>
    public IReadOnlyList<SourceRef> Sources => _sources;

    public IReadOnlyList<Says> Stances { get; private set; } = [];

    public IReadOnlyList<PlainReason> Reasons { get; private set; } = [];

    public IReadOnlyList<Finding> OtherFindings { get; private set; } = [];

    public IReadOnlyList<(string Text, int Note)> Harms { get; private set; } = [];

    public IReadOnlyList<string> Uncertain { get; private set; } = [];

    public bool Disagree => Detail.Comparison.Conflicts.Count > 0;

    /// <summary>The note number of a source cited while building (0 when it was not).</summary>
    public int NoteOf(SourceRef source) => _sources.IndexOf(source) + 1;

    /// <summary>The note number of a source, numbered on first use; only while building (the view is shared once built).</summary>
    private int Note(SourceRef source)
    {
        var index = _sources.IndexOf(source);
        if (index < 0)
        {
            _sources.Add(source);
            index = _sources.Count - 1;
        }

        return index + 1;
    }

    public static DecisionAidView Build(KnowledgeBase kb, InterventionView detail)
    {
        var view = new DecisionAidView(detail);
        if (detail.Intervention.Plain is { } plain)
        {
            view.Note(plain.Source);
        }

        foreach (var chart in detail.Charts)
        {
            view.Note(chart.Mid.Source);
            foreach (var row in chart.Rows)
            {
                view.Note(row.Estimate.Source);
            }
        }

        view.OtherFindings = [.. detail.OtherEstimates.Where(x => x.Estimate.Value is not null || x.Estimate.Wording is not null)
            .Where(x => x.Estimate.Wording is not null)
            .Select(x => new Finding(x.Synthesis, x.Estimate, view.Note(x.Estimate.Source)))];
        view.Harms = [.. detail.Trials.Where(t => t.Safety is not null).Select(t => ($"{t.Name}: {t.Safety!.Text}", view.Note(t.Safety.Source)))];
        foreach (var trial in detail.Trials)
        {
            view.Note(trial.Design.Source);
        }

        view.Stances = [.. detail.Comparison.Positions
            .Where(p => p.Recommendation.Kind == RecommendationKind.Treatment)
            .GroupBy(p => p.Guideline.Id)
            .Select(g => new Says(
                g.First().Guideline,
                [.. g.GroupBy(p => (p.Stance.Stance, Strong: p.Strength == StrengthLevel.Strong))
                    .Select(s => new SaysPart(
                        PlainWords.Stance(s.Key.Stance, s.Key.Strong),
                        [.. detail.Comparison.PainTypes.Where(pain => s.Any(p => p.Recommendation.Concerns(pain)))],
                        [.. s.Select(p => p.Recommendation.Grade).OfType<string>().Distinct()],
                        [.. s.Select(p => view.Note(p.Recommendation.Source)).Distinct()]))]))];
        view.Reasons = [.. detail.Comparison.Conflicts.SelectMany(c => c.Reasons)
            .GroupBy(r => r.Code)
            .Select(g => new PlainReason(
                PlainWords.Reason(g.Key, kb.FindReasonCode(g.Key)?.Label ?? g.Key),
                [.. g.Select(r => kb.Critiques.FirstOrDefault(c => c.Id == r.Origin)?.Author).OfType<string>().Distinct()],
                [.. g.Select(r => view.Note(r.Source)).Distinct()]))];
        view.Uncertain = Uncertainties(detail);
        return view;
    }

    private static List<string> Uncertainties(InterventionView detail)
    {
        var list = new List<string>();
        var certainties = detail.Charts.SelectMany(c => c.Rows).Select(r => r.Estimate.Certainty?.ToLowerInvariant()).OfType<string>().Distinct().ToList();
        if (certainties.Count > 0)
        {
            list.Add($"The review rates how sure it is of these numbers as {string.Join(" or ", certainties)}{(certainties.Contains("high") ? "" : ", never high")}.");
        }

        if (detail.Charts.Any(c => c.Synthesis.Notes.Any(n => n.StartsWith("Sign convention inferred", StringComparison.Ordinal))))
        {
            list.Add("Which way the numbers point (more or less pain) is read from the review's summary. It was not checked in the full paper.");
        }

        if (detail.OtherEstimates.Any(x => x.Estimate.Value is null && x.Estimate.Wording is null))
        {
            list.Add("Some numbers were not found in our sources.");
        }

        foreach (var trial in detail.Trials)
        {
            if (trial.Design.Blinding == "open-label")
            {
                list.Add($"In the {trial.Name} study, people knew which care they got. This can change how they rate their pain.");
            }

            if (trial.Design.Sponsor is { } sponsor)
            {
                list.Add($"The {trial.Name} study was paid for by {sponsor}.");
            }
        }

        if (detail.Comparison.Positions.Any(p => p.Verification != Verification.Verified))
        {
            list.Add("Some facts here are not yet checked against the first source. They are marked “unverified” or “secondary”.");
        }

        return list;
    }
}

/// <summary>What one guideline says, in plain parts (one per stance and strength).</summary>
internal sealed record Says(Domain.Guidelines.Guideline Guideline, IReadOnlyList<SaysPart> Parts);

/// <summary>A stance in plain words, the pain types it concerns, the grades as published, and its source notes.</summary>
internal sealed record SaysPart(string Words, IReadOnlyList<PainType> Pains, IReadOnlyList<string> Grades, IReadOnlyList<int> Notes);

/// <summary>A reason guidelines differ in plain words, who raised it (critique authors), and its source notes.</summary>
internal sealed record PlainReason(string Words, IReadOnlyList<string> RaisedBy, IReadOnlyList<int> Notes);

/// <summary>An estimate given in words (another measure than the chart's), with its synthesis and source note.</summary>
internal sealed record Finding(EvidenceSynthesis Synthesis, SynthesisEstimate Estimate, int Note);
