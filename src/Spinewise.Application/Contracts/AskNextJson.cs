using Spinewise.Domain.Decisions;

namespace Spinewise.Application.Contracts;

/// <summary>An unknown fact worth asking for, most decisive first.</summary>
/// <param name="Criterion">The case field it is about (<c>conditions.x</c>, <c>findings.y</c>, <c>flags.z</c>, …).</param>
/// <param name="Question">The question, in words.</param>
/// <param name="Affects">Interventions whose status the answer could change.</param>
/// <param name="Applicability">Interventions on which whether a recommendation applies could change.</param>
/// <param name="Criteria">The criteria that test it.</param>
public sealed record AskNextJson(string Criterion, string Question, IReadOnlyList<string> Affects, IReadOnlyList<string> Applicability, IReadOnlyList<string> Criteria)
{
    internal static AskNextJson From(AskNextQuestion q) =>
        new(q.Key, q.Question, q.Affects.Select(i => i.Value).ToList(), q.Applicability.Select(i => i.Value).ToList(), q.Criteria);
}
