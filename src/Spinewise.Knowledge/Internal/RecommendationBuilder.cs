using Spinewise.Domain.Grading;
using Spinewise.Domain.Guidelines;

namespace Spinewise.Knowledge.Internal;

/// <summary>Checks a recommendation's grade, level and certainty against its guideline's grading scheme and builds it.</summary>
internal static class RecommendationBuilder
{
    public static Recommendation? Build(RawRecommendation read, GradingScheme scheme, DiagnosticBag bag)
    {
        var raw = read.Draft;
        var valid = true;
        if (raw.Grade is not null && scheme.FindGrade(raw.Grade) is null)
        {
            bag.Add(DiagnosticCodes.GradeNotInScheme, read.GradeAt,
                $"grade '{raw.Grade}' is not in grading scheme {scheme.Id} ({string.Join(", ", scheme.Grades.Select(g => g.Code))})");
            valid = false;
        }

        if (raw.Level is not null && scheme.FindLevel(raw.Level) is null)
        {
            var hint = scheme.NormaliseLevel(raw.Level) is { } normal ? $"; '{raw.Level}' is a published spelling of '{normal}': write level: {normal} and levelAsPublished: {raw.Level}" : string.Empty;
            bag.Add(DiagnosticCodes.LevelNotInScheme, read.LevelAt,
                $"level '{raw.Level}' is not in grading scheme {scheme.Id} ({string.Join(", ", scheme.Levels.Select(l => l.Code))}){hint}");
            valid = false;
        }

        if (raw.LevelAsPublished is not null)
        {
            var normalised = scheme.NormaliseLevel(raw.LevelAsPublished);
            if (raw.Level is null || normalised != raw.Level)
            {
                bag.Add(DiagnosticCodes.LevelNotInScheme, read.LevelAsPublishedAt,
                    $"published level '{raw.LevelAsPublished}' is not a level or declared variant of '{raw.Level ?? "(no level)"}' in grading scheme {scheme.Id}");
                valid = false;
            }
        }

        CertaintyLabel? certainty = null;
        if (raw.Certainty is not null)
        {
            certainty = scheme.FindCertainty(raw.Certainty);
            if (certainty is null)
            {
                bag.Add(DiagnosticCodes.CertaintyNotInScheme, read.CertaintyAt,
                    $"certainty '{raw.Certainty}' is not in grading scheme {scheme.Id} ({string.Join(", ", scheme.CertaintyLabels.Select(c => c.Label))})");
                valid = false;
            }
        }

        StrengthDefinition? strength = null;
        if (raw.Details.Strength is not null)
        {
            strength = scheme.FindStrength(raw.Details.Strength);
            if (strength is null)
            {
                var known = scheme.Strengths.Count == 0 ? "it defines no strengths" : string.Join(", ", scheme.Strengths.Select(x => x.Label));
                bag.Add(DiagnosticCodes.InvalidValue, read.StrengthAt, $"strength '{raw.Details.Strength}' is not in grading scheme {scheme.Id} ({known})");
                valid = false;
            }
        }

        var details = raw.Details with
        {
            StrengthNormalised = strength?.Normalised,
            CertaintyAsPublished = raw.Details.CertaintyAsPublished ?? raw.Certainty,
            StrengthAsPublished = raw.Details.StrengthAsPublished ?? raw.Details.Strength,
        };
        return valid
            ? raw with { LevelAsPublished = raw.LevelAsPublished ?? raw.Level, CertaintyNormalised = certainty?.Normalised, Details = details }
            : null;
    }
}
