namespace Spinewise.Web.Pages.Evidence;

/// <summary>The plots of an rma model the workbench draws.</summary>
internal enum PlotKind
{
    /// <summary>Study estimates with CIs and the summary diamond.</summary>
    Forest,

    /// <summary>Effect against standard error with the pseudo-confidence region.</summary>
    Funnel,
}
