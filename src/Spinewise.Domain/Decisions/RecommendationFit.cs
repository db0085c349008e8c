using Spinewise.Domain.Conflicts;
using Spinewise.Domain.Decisions.Internal;

namespace Spinewise.Domain.Decisions;

/// <summary>One guideline position on an intervention, and whether it applies to the patient, with why.</summary>
public sealed class RecommendationFit
{
    private readonly WhyContext _context;
    private readonly int _recommendation;

    internal RecommendationFit(GuidelinePosition position, Applicability applies, WhyContext context, int recommendation)
    {
        Position = position;
        Applies = applies;
        _context = context;
        _recommendation = recommendation;
    }

    /// <summary>The recommendation's stance, grading and source.</summary>
    public GuidelinePosition Position { get; }

    /// <summary>Yes, no or unknown.</summary>
    public Applicability Applies { get; }

    /// <summary>The reasons, in words (population, pain type, duration, conditions); built when first read.</summary>
    public string Why => _context.Why(_recommendation);
}
