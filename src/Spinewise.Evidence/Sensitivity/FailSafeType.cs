namespace Spinewise.Evidence.Sensitivity;

/// <summary>Fail-safe N method (metafor's <c>fsn(type=...)</c>).</summary>
public enum FailSafeType
{
    /// <summary>Rosenthal's file-drawer analysis (Stouffer).</summary>
    Rosenthal,
    /// <summary>Orwin's method (number of studies averaging zero needed to reach the target).</summary>
    Orwin,
    /// <summary>Rosenberg's weighted (fixed-effect) method.</summary>
    Rosenberg,
}
