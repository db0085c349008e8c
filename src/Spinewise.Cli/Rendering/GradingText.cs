using Spinewise.Domain.Guidelines;

namespace Spinewise.Cli.Rendering;

/// <summary>A recommendation's grading in words, as published: "grade A, level I-A, High certainty" (never "level Level C").</summary>
internal static class GradingText
{
    public static string Of(Recommendation r)
    {
        var level = r.LevelAsPublished ?? r.Level;
        var certainty = r.Certainty ?? r.Details.CertaintyAsPublished;
        var parts = new[]
        {
            r.Grade is null ? null : $"grade {r.Grade}",
            level is null ? null : level.StartsWith("level", StringComparison.OrdinalIgnoreCase) ? level : $"level {level}",
            r.Details.StrengthAsPublished,
            certainty is null ? null : certainty.Contains("certainty", StringComparison.OrdinalIgnoreCase) ? certainty : $"certainty {certainty}",
        }.OfType<string>().ToList();
        return parts.Count == 0 ? "no grading published" : string.Join(", ", parts);
    }

    /// <summary>The labels only (grade, level, strength, certainty), without the published wording around them: for one-line summaries.</summary>
    public static string Short(Recommendation r)
    {
        var level = r.LevelAsPublished ?? r.Level;
        var parts = new[]
        {
            r.Grade is null ? null : $"grade {r.Grade}",
            level is null ? null : level.StartsWith("level", StringComparison.OrdinalIgnoreCase) ? level : $"level {level}",
            r.Details.Strength ?? (r.Details.StrengthAsPublished is { Length: <= 24 } s ? s : null),
            r.Certainty is null ? null : $"{r.Certainty} certainty",
        }.OfType<string>().ToList();
        return parts.Count == 0 ? "ungraded" : string.Join(", ", parts);
    }
}
