using Spectre.Console;
using Spinewise.Domain.Grading;
using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Sources;

namespace Spinewise.Cli.Rendering;

/// <summary>How values look in tables for people.</summary>
internal static class Styles
{
    /// <summary>An enum value in words: <c>UsualCare</c> as "usual care".</summary>
    public static string Words(Enum value) =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static string Stance(Stance stance) => stance switch
    {
        Domain.Grading.Stance.For => "[green]for[/]",
        Domain.Grading.Stance.Against => "[red]against[/]",
        Domain.Grading.Stance.Conditional => "[yellow]conditional[/]",
        Domain.Grading.Stance.ConditionalAgainst => "[yellow]conditional against[/]",
        Domain.Grading.Stance.Insufficient => "[grey]insufficient[/]",
        _ => "[grey]not addressed[/]",
    };

    public static string Stances(Recommendation r) => string.Join("\n", r.Interventions.Select(i =>
        $"{Markup.Escape(i.Intervention.Value)}{(i.Variant is null ? string.Empty : Markup.Escape($" ({i.Variant})"))}: {Stance(i.Stance)}"));

    /// <summary>The normalised level, with the published spelling beside it when it differs.</summary>
    public static string Level(Recommendation r) =>
        r.Level is null ? "—"
        : r.LevelAsPublished is not null && r.LevelAsPublished != r.Level ? $"{r.Level} [grey](published \"{Markup.Escape(r.LevelAsPublished)}\")[/]"
        : r.Level;

    public static string Kind(RecommendationKind kind) => kind == RecommendationKind.Treatment ? "treatment" : $"[blue]{kind.ToString().ToLowerInvariant()}[/]";

    /// <summary>An enum value as the JSON and knowledge files spell it: <c>NotFound</c> → <c>not-found</c>.</summary>
    public static string Kebab<T>(T value)
        where T : struct, Enum => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static string Verification(Verification v) => v switch
    {
        Domain.Sources.Verification.Verified => "verified",
        Domain.Sources.Verification.Secondary => "[yellow]secondary[/]",
        Domain.Sources.Verification.Unverified => "[yellow]unverified[/]",
        _ => "[red]not found[/]",
    };
}
