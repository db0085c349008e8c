namespace Spinewise.Evidence.Network;

/// <summary>Which network model gives the treatment effects, league table and ranking.</summary>
public enum NetworkModel
{
    /// <summary>
    /// Contrast-based consistency model: contrasts against each study's baseline, <c>mods</c> = contrmat design without
    /// intercept and without the reference, <c>random = ~ comp | study</c>, struct CS with ρ fixed (1/2).
    /// </summary>
    Consistency,

    /// <summary>
    /// Arm-based model: arm estimates (MN for means, PLO for events with OR, PLN with RR, PR with RD),
    /// <c>mods = ~ study + treatment - 1</c> and, unless EE, <c>random = ~ treatment | study</c> with ρ fixed (1/2).
    /// </summary>
    ArmBased,
}
