using Spinewise.Evidence.Common;

namespace Spinewise.Evidence.Network;

/// <summary>The result of <see cref="NetworkMetaAnalysis.Fit"/>: a fitted network, or every problem that stopped it.</summary>
/// <param name="Result">The fitted network; null when <see cref="Diagnostics"/> is not empty.</param>
/// <param name="Diagnostics">Every problem found (code, 0-based row of the input, field, message); empty on success.</param>
public sealed record NetworkOutcome(NetworkResult? Result, IReadOnlyList<DataDiagnostic> Diagnostics)
{
    /// <summary>Whether the network was fitted.</summary>
    public bool Succeeded => Result is not null;
}
