using Spinewise.Domain.Conflicts;
using Spinewise.Domain.Decisions.Internal;

namespace Spinewise.Domain.Decisions;

/// <summary>One guideline position on an intervention, and whether it applies to the patient, with why.</summary>
public readonly struct RecommendationFit : IEquatable<RecommendationFit>
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

    /// <summary>Equal when the same position has the same applicability in the same report.</summary>
    /// <param name="left">One fit.</param>
    /// <param name="right">The other.</param>
    public static bool operator ==(RecommendationFit left, RecommendationFit right) => left.Equals(right);

    /// <summary>Not equal unless the same position has the same applicability in the same report.</summary>
    /// <param name="left">One fit.</param>
    /// <param name="right">The other.</param>
    public static bool operator !=(RecommendationFit left, RecommendationFit right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(RecommendationFit other) =>
        ReferenceEquals(Position, other.Position) && Applies == other.Applies && ReferenceEquals(_context, other._context);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RecommendationFit other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Position, Applies);
}
