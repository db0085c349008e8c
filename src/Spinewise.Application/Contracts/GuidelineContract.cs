using Spinewise.Domain;
using Spinewise.Domain.Grading;
using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Application.Contracts;

/// <summary>Everything <c>spinewise guideline show ID --json</c> writes: metadata, dates, scope, grading scheme and topics.</summary>
public sealed record GuidelineContract(
    string KnowledgeVersion,
    string Id,
    string Title,
    string ShortTitle,
    string Organisation,
    IReadOnlyList<string> Authors,
    CitationJson Citation,
    IReadOnlyList<DatedFactJson> PublicationDates,
    IReadOnlyList<DatedFactJson> LastUpdated,
    ScopeJson? Scope,
    GradingSchemeJson GradingScheme,
    IReadOnlyList<TopicJson> Topics,
    IReadOnlyList<string> Notes,
    SourceJson Source,
    GuidelineDetailsJson Details)
{
    internal static GuidelineContract From(KnowledgeBase kb, Guideline g) => new(
        kb.Version.Sha256, g.Id.Value, g.Title, g.ShortTitle, g.Organisation, g.Authors, CitationJson.From(g.Citation),
        g.PublicationDates.Select(d => DatedFactJson.From(kb, d)).ToList(),
        g.LastUpdated.Select(d => DatedFactJson.From(kb, d)).ToList(),
        g.Scope is null ? null : ScopeJson.From(kb, g.Scope), GradingSchemeJson.From(kb, kb.SchemeOf(g)),
        g.Topics.Select(t => new TopicJson(t.Id, t.Title, t.Order, g.Recommendations.Count(r => r.TopicId == t.Id), SourceJson.From(kb, t.Source))).ToList(),
        g.Notes, SourceJson.From(kb, g.Source), GuidelineDetailsJson.From(g.Details));
}

/// <summary>A guideline's scope.</summary>
public sealed record ScopeJson(
    string Objectives, string TargetPatients, string TargetProviders, IReadOnlyList<string> IntendedUsers,
    IReadOnlyList<string> Settings, IReadOnlyList<string> Inclusion, IReadOnlyList<string> Areas, IReadOnlyList<CodeJson> Mesh,
    IReadOnlyList<string> Keywords, string? Country, string? DocumentType, SourceJson Source)
{
    internal static ScopeJson From(KnowledgeBase kb, GuidelineScope s) => new(
        s.Objectives, s.TargetPatients, s.TargetProviders, s.IntendedUsers, s.Settings, s.Inclusion, s.Areas,
        s.Mesh.Select(c => CodeJson.From(kb, c)).ToList(), s.Keywords, s.Country, s.DocumentType, SourceJson.From(kb, s.Source));
}

/// <summary>A standard code with its source.</summary>
public sealed record CodeJson(string System, string Code, string Display, SourceJson Source)
{
    internal static CodeJson From(KnowledgeBase kb, StandardCode c) => new(c.System, c.Code, c.Display, SourceJson.From(kb, c.Source));
}

/// <summary>A topic with its number of recommendations.</summary>
public sealed record TopicJson(string Id, string Title, int Order, int Recommendations, SourceJson Source);

/// <summary>A grading scheme: grades, levels (definition "not addressed" where no source gives one), certainty labels.</summary>
public sealed record GradingSchemeJson(
    string Id, string Name, string Basis, IReadOnlyList<GradeJson> Grades, IReadOnlyList<LevelJson> Levels,
    IReadOnlyList<LevelVariantJson> LevelVariants, IReadOnlyList<CertaintyJson> Certainty, bool CertaintyMixesVocabularies,
    string? CertaintyNote, IReadOnlyList<SourceJson> Sources)
{
    internal static GradingSchemeJson From(KnowledgeBase kb, GradingScheme s) => new(
        s.Id.Value, s.Name, s.Basis,
        s.Grades.Select(g => new GradeJson(g.Code, g.Meaning, g.SuggestedPractice, SourceJson.From(kb, g.Source))).ToList(),
        s.Levels.Select(l => new LevelJson(l.Code, l.Rank, l.DefinitionOrNotAddressed, l.Definition is not null, SourceJson.From(kb, l.Source))).ToList(),
        [.. s.LevelVariants.Select(v => new LevelVariantJson(v.AsPublished, v.Level, v.Note))],
        s.CertaintyLabels.Select(c => new CertaintyJson(c.Label, c.Vocabulary, c.Normalised, c.Meaning ?? "not addressed", SourceJson.From(kb, c.Source))).ToList(),
        s.CertaintyMixesVocabularies, s.CertaintyNote, s.Sources.Select(x => SourceJson.From(kb, x)).ToList());
}

/// <summary>A grade and its meaning.</summary>
public sealed record GradeJson(string Code, string Meaning, string? SuggestedPractice, SourceJson Source);

/// <summary>An evidence level; <c>defined</c> is false where no source gives a definition.</summary>
public sealed record LevelJson(string Code, int Rank, string Definition, bool Defined, SourceJson Source);

/// <summary>A certainty label as used, with its vocabulary and normalised value (null when it cannot be mapped).</summary>
public sealed record CertaintyJson(string Label, CertaintyVocabulary Vocabulary, Certainty? Normalised, string Meaning, SourceJson Source);
