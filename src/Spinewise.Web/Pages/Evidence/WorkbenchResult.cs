using Spinewise.Application.Meta;
using Spinewise.Application.Meta.Contracts;
using Spinewise.Evidence.Diagnostics;
using Spinewise.Evidence.Sensitivity;

namespace Spinewise.Web.Pages.Evidence;

/// <summary>
/// One analysis on the workbench: either every diagnostic of the request, or the rma fit with leave-one-out and
/// influence (each null with the reason when the model does not allow it).
/// </summary>
internal sealed class WorkbenchResult
{
    private WorkbenchResult(
        IReadOnlyList<MetaDiagnostic> diagnostics, MetaAnalysis<RmaReport, RmaAnalysis>? rma,
        LeaveOneOutResult? leaveOneOut, string? leaveOneOutAbsent, InfluenceResult? influence, string? influenceAbsent)
    {
        Diagnostics = diagnostics;
        Rma = rma;
        LeaveOneOut = leaveOneOut;
        LeaveOneOutAbsent = leaveOneOutAbsent;
        Influence = influence;
        InfluenceAbsent = influenceAbsent;
    }

    /// <summary>Every problem of the request; empty when it was analysed.</summary>
    public IReadOnlyList<MetaDiagnostic> Diagnostics { get; }

    /// <summary>The fit, its report (the API's JSON) and the studies, or null.</summary>
    public MetaAnalysis<RmaReport, RmaAnalysis>? Rma { get; }

    /// <summary>leave1out, or null.</summary>
    public LeaveOneOutResult? LeaveOneOut { get; }

    /// <summary>Why there is no leave-one-out table, or null.</summary>
    public string? LeaveOneOutAbsent { get; }

    /// <summary>influence, or null.</summary>
    public InfluenceResult? Influence { get; }

    /// <summary>Why there is no influence table, or null.</summary>
    public string? InfluenceAbsent { get; }

    /// <summary>Whether the request was analysed.</summary>
    public bool IsSuccess => Rma is not null;

    /// <summary>Whether the request itself is at fault (an option or the rows' format: 400) rather than data that cannot be analysed (422).</summary>
    public bool IsBadRequest => Diagnostics.Any(d => d.Option is not null || d.Code == MetaDiagnosticCodes.UnreadableRows);

    public static WorkbenchResult Failed(IReadOnlyList<MetaDiagnostic> diagnostics) => new(diagnostics, null, null, null, null, null);

    public static WorkbenchResult Analysed(
        MetaAnalysis<RmaReport, RmaAnalysis> rma, LeaveOneOutResult? leaveOneOut, string? leaveOneOutAbsent, InfluenceResult? influence, string? influenceAbsent) =>
        new([], rma, leaveOneOut, leaveOneOutAbsent, influence, influenceAbsent);
}
