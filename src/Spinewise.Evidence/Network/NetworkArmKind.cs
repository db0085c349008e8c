namespace Spinewise.Evidence.Network;

/// <summary>What an arm row carries.</summary>
public enum NetworkArmKind
{
    /// <summary>Events out of n.</summary>
    Binary,

    /// <summary>Mean, standard deviation and n.</summary>
    Continuous,

    /// <summary>An arm estimate with its standard error.</summary>
    Estimate,
}
