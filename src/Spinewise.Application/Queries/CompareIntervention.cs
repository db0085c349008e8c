using Spinewise.Application.Contracts;
using Spinewise.Application.Internal;
using Spinewise.Domain.Conflicts;
using Spinewise.Domain.Grading;

namespace Spinewise.Application.Queries;

/// <summary>Every guideline's stance on an intervention side by side, with conflicts, their reasons, and agreements.</summary>
/// <param name="host">The knowledge.</param>
public sealed class CompareIntervention(KnowledgeHost host)
{
    /// <summary>The pain types the <c>pain</c> parameter accepts.</summary>
    public static IReadOnlyList<string> PainTypes { get; } = ["axial", "radicular"];

    /// <summary>Compares the guidelines on <paramref name="intervention"/>.</summary>
    /// <param name="intervention">An intervention id, label or synonym (any letter case).</param>
    /// <param name="pain"><c>axial</c>, <c>radicular</c>, or null for both.</param>
    /// <returns>The comparison, or an <see cref="UnknownIdFailure"/> (<c>intervention</c>) or <see cref="InvalidParameterFailure"/> (<c>pain</c>).</returns>
    public Outcome<ComparisonAnswer> Execute(string intervention, string? pain)
    {
        ArgumentNullException.ThrowIfNull(intervention);
        var kb = host.Knowledge;
        if (IdResolver.Intervention(kb, intervention) is not { } id)
        {
            return IdResolver.UnknownIntervention(kb, "intervention", intervention);
        }

        PainType? painType = pain switch
        {
            null => null,
            "axial" => PainType.Axial,
            "radicular" => PainType.Radicular,
            _ => null,
        };
        if (pain is not null && painType is null)
        {
            return new InvalidParameterFailure("pain", pain, $"'{pain}' is not a pain type; use axial or radicular", PainTypes);
        }

        var comparison = ConflictDetector.Compare(kb, id, painType);
        return new ComparisonAnswer(comparison, CompareContract.From(kb, comparison, painType));
    }
}
