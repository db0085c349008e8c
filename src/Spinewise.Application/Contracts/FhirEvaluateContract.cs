using Spinewise.Application.Evaluations;

namespace Spinewise.Application.Contracts;

/// <summary>
/// The answer to a FHIR Bundle (<c>POST /api/evaluate</c> with <c>application/fhir+json</c>, <c>recommend --fhir --json</c>):
/// the decision (the JSON of <c>recommend --json</c>), the case the chart mapped to (docs/case.md) and every code that maps to nothing.
/// </summary>
/// <param name="Decision">The decision result.</param>
/// <param name="Case">The derived case, in the case format.</param>
/// <param name="Unmapped">Codes in the chart that map to nothing, in input order.</param>
public sealed record FhirEvaluateContract(RecommendContract Decision, CaseJson Case, IReadOnlyList<UnmappedCodeJson> Unmapped)
{
    /// <summary>The contract of an evaluated chart.</summary>
    /// <param name="evaluation">The evaluation.</param>
    public static FhirEvaluateContract From(FhirEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return new FhirEvaluateContract(
            evaluation.Evaluation.Contract,
            CaseJson.From(evaluation.Case),
            [.. evaluation.Mapping.Unmapped.Select(u => new UnmappedCodeJson(u.Reference, u.Element, u.System, u.Code, u.Display))]);
    }
}
