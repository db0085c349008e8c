using Spinewise.Domain.Grading;
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
}
