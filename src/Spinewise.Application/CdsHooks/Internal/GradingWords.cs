using Spinewise.Domain.Grading;
using Spinewise.Domain.Guidelines;

namespace Spinewise.Application.CdsHooks.Internal;

/// <summary>A recommendation's stance and grading in words, as published ("grade A, level I-A, High certainty"); the CLI words them the same way.</summary>
internal static class GradingWords
{
    public static string Of(Recommendation r)
    {
        var certainty = r.Certainty ?? r.Details.CertaintyAsPublished;
        var parts = new[]
        {
            r.Grade is null ? null : $"grade {r.Grade}",
            Level(r),
            r.Details.StrengthAsPublished,
            certainty is null ? null : certainty.Contains("certainty", StringComparison.OrdinalIgnoreCase) ? certainty : $"certainty {certainty}",
        }.OfType<string>().ToList();
        return parts.Count == 0 ? "no grading published" : string.Join(", ", parts);
    }

    /// <summary>What the guideline does toward the procedure, in words that report it ("recommends against"), never an instruction.</summary>
    public static string Stance(Stance stance) => stance switch
    {
        Domain.Grading.Stance.For => "recommends",
        Domain.Grading.Stance.Against => "recommends against",
        Domain.Grading.Stance.Conditional => "conditionally recommends",
        Domain.Grading.Stance.ConditionalAgainst => "conditionally recommends against",
        Domain.Grading.Stance.Insufficient => "finds the evidence insufficient on",
        _ => "takes no position on",
    };

    private static string? Level(Recommendation r) => (r.LevelAsPublished ?? r.Level) is not { } level ? null
        : level.StartsWith("level", StringComparison.OrdinalIgnoreCase) ? level : $"level {level}";
}
