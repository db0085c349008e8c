using Spinewise.Domain.Grading;
using Spinewise.Domain.Sources;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Conflicts;

/// <summary>
/// Two guidelines disagreeing on an intervention for a pain type, with the reasons sources give. When no source
/// explains it, <see cref="Reasons"/> is empty and the disagreement is shown as "reason not addressed by any source".
/// </summary>
/// <param name="Intervention">The intervention.</param>
/// <param name="PainType">The pain type it concerns.</param>
/// <param name="Kind">Direction or strength.</param>
/// <param name="First">One side.</param>
/// <param name="Second">The other side.</param>
/// <param name="Reasons">Reasons stated by sources (explanations and critique points).</param>
public sealed record Conflict(
    InterventionId Intervention,
    PainType PainType,
    ConflictKind Kind,
    ConflictSide First,
    ConflictSide Second,
    IReadOnlyList<ConflictReason> Reasons)
{
    /// <summary>What is shown when no source explains a conflict.</summary>
    public const string NoReason = "reason not addressed by any source";

    /// <summary>
    /// How sure the conflict is: the weakest verification of what it rests on — every position on either side (the
    /// recommendation's own verification and that of its mapping onto the intervention) and each recommendation's
    /// source. A conflict built on an unverified mapping is unverified. The reasons carry their own verification.
    /// </summary>
    public Verification Verification => First.Positions.Concat(Second.Positions)
        .Select(p => Weaker(p.Verification, p.Recommendation.Source.Verification))
        .Aggregate(Verification.Verified, Weaker);

    private static Verification Weaker(Verification a, Verification b) => (Verification)Math.Max((int)a, (int)b);
}
