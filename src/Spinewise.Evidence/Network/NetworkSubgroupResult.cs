using Spinewise.Evidence.Common;

namespace Spinewise.Evidence.Network;

/// <summary>A network fitted per subgroup of studies, and the test of difference between the subgroups.</summary>
/// <param name="Groups">Each subgroup's outcome (its diagnostics name rows of the whole input), subgroups in ordinal order.</param>
/// <param name="Difference">The Wald test of equal treatment effects; null when fewer than two subgroups could be fitted or they share no treatment besides the reference.</param>
/// <param name="Diagnostics">Problems of the subgroup assignment (a study without a subgroup); empty when every study has one.</param>
public sealed record NetworkSubgroupResult(
    IReadOnlyDictionary<string, NetworkOutcome> Groups, NetworkSubgroupTest? Difference, IReadOnlyList<DataDiagnostic> Diagnostics);
