using System.Text.RegularExpressions;
using Spinewise.Domain.Grading;
using Spinewise.Domain.Guidelines;

namespace Spinewise.Knowledge.Internal;

/// <summary>
/// Refuses a recommendation whose statement (or population phrase) names a population restriction — chronic, acute,
/// non-cancer, non-surgical, cervical, thoracic, adults — that its fields (or its guideline's population, for age and
/// cancer) do not encode, unless <c>restrictionsNote</c> says why: a restriction in the words must never be lost in the
/// data that decides whether it applies.
/// </summary>
internal static partial class RestrictionChecker
{
    public static void Check(Recommendation recommendation, Guideline guideline, Location at, DiagnosticBag bag)
    {
        var restrictions = recommendation.Details.Restrictions;
        if (restrictions.Note is not null)
        {
            return;
        }

        var text = $"{recommendation.Statement} {recommendation.Population}";
        var population = guideline.Details.Population;
        var duration = recommendation.Details.Duration ?? population?.Duration;
        var missing = new List<string>();
        if (Chronic().IsMatch(text) && duration != PainDuration.Chronic && !(Acute().IsMatch(text) && duration is not null))
        {
            missing.Add("'chronic' needs painDuration: chronic");
        }

        if (Acute().IsMatch(text) && duration is not (PainDuration.Acute or PainDuration.AcuteOrSubacute) && !Chronic().IsMatch(text))
        {
            missing.Add("'acute' needs painDuration: acute (or acute-or-subacute)");
        }

        if (NonCancer().IsMatch(text) && !restrictions.Excludes.Any(c => c.Value == "cancer")
            && !(population?.Excludes.Any(e => e.Condition?.Value == "cancer") ?? false))
        {
            missing.Add("'non-cancer' needs excludes: [cancer]");
        }

        if (NonSurgical().IsMatch(text) && !restrictions.Excludes.Any(c => c.Value == "post-surgical-spine-pain"))
        {
            missing.Add("'non-surgical' needs excludes: [post-surgical-spine-pain]");
        }

        if (Cervical().IsMatch(text) && !restrictions.Regions.Contains(SpineRegion.Cervical))
        {
            missing.Add("'cervical' needs regions: [cervical, …]");
        }

        if (Thoracic().IsMatch(text) && !restrictions.Regions.Contains(SpineRegion.Thoracic))
        {
            missing.Add("'thoracic' needs regions: [thoracic, …]");
        }

        if (Adults().IsMatch(text) && restrictions.MinimumAgeYears is null && population?.MinimumAgeYears is null)
        {
            missing.Add("'adults' needs minimumAge (here or in the guideline's population)");
        }

        if (missing.Count > 0)
        {
            bag.Add(DiagnosticCodes.RestrictionNotEncoded, at,
                $"recommendation '{recommendation.Id}' names a restriction its applicability does not encode: {string.Join("; ", missing)} — or say why in restrictionsNote");
        }
    }

    /// <summary>Refuses a guideline whose title names chronic pain while its population encodes no duration.</summary>
    public static void CheckGuideline(Guideline guideline, Location at, DiagnosticBag bag)
    {
        var population = guideline.Details.Population;
        if (Chronic().IsMatch(guideline.Title) && !Acute().IsMatch(guideline.Title) && population?.Duration is null && population?.MinimumDurationMonths is null)
        {
            bag.Add(DiagnosticCodes.RestrictionNotEncoded, at,
                $"guideline '{guideline.Id}' is about chronic pain (its title) but its population encodes no duration: give population.painDuration: chronic or minimumDurationMonths");
        }
    }

    [GeneratedRegex(@"\bchronic\b", RegexOptions.IgnoreCase)]
    private static partial Regex Chronic();

    [GeneratedRegex(@"\bacute\b", RegexOptions.IgnoreCase)]
    private static partial Regex Acute();

    [GeneratedRegex(@"\bnon-?\s*cancer\b", RegexOptions.IgnoreCase)]
    private static partial Regex NonCancer();

    [GeneratedRegex(@"\bnon-?\s*surgical\b", RegexOptions.IgnoreCase)]
    private static partial Regex NonSurgical();

    [GeneratedRegex(@"\bcervical\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cervical();

    [GeneratedRegex(@"\bthoracic\b", RegexOptions.IgnoreCase)]
    private static partial Regex Thoracic();

    [GeneratedRegex(@"\badults?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Adults();
}
