namespace Spinewise.Evidence.Plots;

/// <summary>The image format a plot is rendered in.</summary>
public enum PlotFormat
{
    /// <summary>Scalable vector graphics (<c>image/svg+xml</c>), UTF-8 text.</summary>
    Svg,

    /// <summary>Portable network graphics (<c>image/png</c>).</summary>
    Png,
}
