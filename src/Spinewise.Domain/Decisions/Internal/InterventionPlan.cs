using Spinewise.Domain.Conflicts;
using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Decisions.Internal;

/// <summary>Everything compiled for one intervention: its criteria, the positions guidelines take on it, its conflicts per pain type.</summary>
/// <param name="Intervention">The intervention.</param>
/// <param name="Criteria">Its compiled criteria (empty when no source states any).</param>
/// <param name="HasCriteria">True when a source states selection criteria for it.</param>
/// <param name="Positions">Every position (stance other than not-addressed) with its recommendation index.</param>
/// <param name="NotAddressedBy">Guidelines a source says do not address it.</param>
/// <param name="AxialConflicts">Conflicts on axial pain, each with the recommendation indices of both sides.</param>
/// <param name="RadicularConflicts">Conflicts on radicular pain, likewise.</param>
/// <param name="TestedFlags">Bit set of the flag slots any of its criteria tests.</param>
/// <param name="UntestedSafetyFlags">Bit set of the safety flag slots (<see cref="SafetyFlags"/>) none of its criteria tests: one recorded as true keeps it from being a candidate.</param>
internal sealed record InterventionPlan(
    Intervention Intervention,
    CompiledCriterion[] Criteria,
    bool HasCriteria,
    (GuidelinePosition Position, int Recommendation)[] Positions,
    (Guideline Guideline, NotAddressedEntry Entry)[] NotAddressedBy,
    (Conflict Conflict, int[] First, int[] Second)[] AxialConflicts,
    (Conflict Conflict, int[] First, int[] Second)[] RadicularConflicts,
    ulong TestedFlags,
    ulong UntestedSafetyFlags);
