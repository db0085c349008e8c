namespace Spinewise.Application.CdsHooks;

/// <summary>The CDS Hooks 2.0 hooks Spinewise answers, written as the hook library names them (<c>patient-view</c>, <c>order-select</c>, <c>order-sign</c>).</summary>
public enum CdsHook
{
    /// <summary><c>patient-view</c>: the chart was opened.</summary>
    PatientView,

    /// <summary><c>order-select</c>: an order was selected and is still being filled in.</summary>
    OrderSelect,

    /// <summary><c>order-sign</c>: orders are about to be signed.</summary>
    OrderSign,
}
