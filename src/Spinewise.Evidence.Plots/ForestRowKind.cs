namespace Spinewise.Evidence.Plots;

/// <summary>Kinds of forest-plot rows.</summary>
public enum ForestRowKind
{
    /// <summary>A study: its estimate and Wald CI, the square sized by weight.</summary>
    Study,

    /// <summary>A subgroup's heading (no numbers).</summary>
    Header,

    /// <summary>A pooled estimate drawn as a diamond (a subgroup's subtotal or the overall model).</summary>
    Summary,

    /// <summary>The prediction interval of a random-effects model.</summary>
    Prediction,
}
