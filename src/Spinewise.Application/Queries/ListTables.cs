using Spinewise.Application.Contracts;
using Spinewise.Application.Internal;

namespace Spinewise.Application.Queries;

/// <summary>A guideline's tables as structured data, items verbatim.</summary>
/// <param name="host">The knowledge.</param>
public sealed class ListTables(KnowledgeHost host)
{
    /// <summary>The tables of the guideline <paramref name="guideline"/>.</summary>
    /// <param name="guideline">The guideline id (any letter case).</param>
    /// <returns>The tables, or an <see cref="UnknownIdFailure"/> for parameter <c>guideline</c>.</returns>
    public Outcome<TablesContract> Execute(string guideline)
    {
        ArgumentNullException.ThrowIfNull(guideline);
        var kb = host.Knowledge;
        if (IdResolver.Guideline(kb, guideline) is not { } id)
        {
            return IdResolver.Unknown("guideline", "guideline", guideline, kb.Guidelines.Select(g => g.Id.Value));
        }

        return new TablesContract(host.Version, id.Value, [.. kb.TablesOf(id).Select(t => TableJson.From(kb, t))]);
    }
}
