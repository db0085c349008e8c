namespace Spinewise.Evidence.Models;

/// <summary>Result of <see cref="SubgroupAnalysis.Run"/>.</summary>
/// <param name="Groups">Per-group fits, levels sorted.</param>
/// <param name="TestOfDifferences">EE meta-regression of the subgroup estimates on the group factor: QM is Q-between.</param>
/// <param name="PooledTau2Model">Mixed-effects model with the group factor and one common tau².</param>
/// <param name="Overall">Intercept-only model on all studies.</param>
public sealed record SubgroupResult(IReadOnlyList<SubgroupFit> Groups, RmaResult TestOfDifferences, RmaResult PooledTau2Model, RmaResult Overall);
