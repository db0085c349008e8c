using Spinewise.Application.Contracts;
using Spinewise.Application.Internal;

namespace Spinewise.Application.Queries;

/// <summary>Shows one guideline: publication facts, scope, grading scheme and topics.</summary>
/// <param name="host">The knowledge.</param>
public sealed class ShowGuideline(KnowledgeHost host)
{
    /// <summary>The guideline with id <paramref name="id"/> (any letter case).</summary>
    /// <param name="id">The guideline id.</param>
    /// <returns>The guideline, or an <see cref="UnknownIdFailure"/> for parameter <c>id</c>.</returns>
    public Outcome<GuidelineContract> Execute(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var kb = host.Knowledge;
        return IdResolver.Guideline(kb, id) is { } resolved
            ? GuidelineContract.From(kb, kb.FindGuideline(resolved)!)
            : IdResolver.Unknown("id", "guideline", id, kb.Guidelines.Select(g => g.Id.Value));
    }
}
