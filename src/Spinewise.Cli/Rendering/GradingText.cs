using Spinewise.Domain.Guidelines;

namespace Spinewise.Cli.Rendering;

/// <summary>A recommendation's grading in words, as published: "grade A, level I-A, High certainty" (never "level Level C").</summary>
internal static class GradingText
{
    public static string Of(Recommendation r)
    {
        var certainty = r.Certainty ?? r.Details.CertaintyAsPublished;
        var parts = new[]
        {
            Grade(r),
            Level(r),
            r.Details.StrengthAsPublished,
            certainty is null ? null : certainty.Contains("certainty", StringComparison.OrdinalIgnoreCase) ? certainty : $"certainty {certainty}",
        }.OfType<string>().ToList();
        return parts.Count == 0 ? "no grading published" : string.Join(", ", parts);
    }

    /// <summary>The labels only (grade, level, strength, certainty), without the published wording around them: for one-line summaries.</summary>
    public static string Short(Recommendation r)
    {
        var parts = new[]
        {
            Grade(r),
            Level(r),
            r.Details.Strength ?? (r.Details.StrengthAsPublished is { Length: <= 24 } s ? s : null),
            r.Certainty is null ? null : $"{r.Certainty} certainty",
        }.OfType<string>().ToList();
        return parts.Count == 0 ? "ungraded" : string.Join(", ", parts);
    }

    public static string? Grade(Recommendation r) => r.Grade is null ? null : $"grade {r.Grade}";

    /// <summary>The level as published, with the word "level" once ("level I-A"; AAN's "Level C" as it is).</summary>
    public static string? Level(Recommendation r) => (r.LevelAsPublished ?? r.Level) is not { } level ? null
        : level.StartsWith("level", StringComparison.OrdinalIgnoreCase) ? level : $"level {level}";
}
