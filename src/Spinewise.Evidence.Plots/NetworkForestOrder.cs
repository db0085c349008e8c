namespace Spinewise.Evidence.Plots;

/// <summary>The row order of a network forest plot.</summary>
public enum NetworkForestOrder
{
    /// <summary>By estimate against the reference, smallest at the top.</summary>
    ByEstimate,

    /// <summary>In the order the contrasts were given.</summary>
    AsGiven,
}
