namespace Spinewise.Cli.Plots;

/// <summary>Kinds of forest-plot rows.</summary>
internal enum ForestRowKind
{
    Study,
    Header,
    Summary,
    Prediction,
}
