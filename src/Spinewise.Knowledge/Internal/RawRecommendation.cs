using Spinewise.Domain.Guidelines;

namespace Spinewise.Knowledge.Internal;

/// <summary>
/// A recommendation as read, before its grading is checked against the guideline's scheme (which may be in another
/// file): the draft lacks the normalised certainty and strength, and the positions of its grading fields are kept.
/// </summary>
internal sealed record RawRecommendation(
    Recommendation Draft,
    Location At,
    Location GradeAt,
    Location LevelAt,
    Location LevelAsPublishedAt,
    Location CertaintyAt,
    Location StrengthAt);
