using Spinewise.Application.Contracts;
using Spinewise.Domain.Cases;
using Spinewise.Fhir;

namespace Spinewise.Application.Evaluations;

/// <summary>A FHIR chart evaluated: the decision, the case the chart mapped to, the codes that map to nothing and the orders it holds.</summary>
public sealed class FhirEvaluation
{
    private FhirEvaluateContract? _contract;

    internal FhirEvaluation(Evaluation evaluation, PatientCase patientCase, FhirMapping mapping)
    {
        Evaluation = evaluation;
        Case = patientCase;
        Mapping = mapping;
    }

    /// <summary>The decision.</summary>
    public Evaluation Evaluation { get; }

    /// <summary>The validated case the chart mapped to.</summary>
    public PatientCase Case { get; }

    /// <summary>The mapping: unmapped codes, orders, whether the chart is about low back pain.</summary>
    public FhirMapping Mapping { get; }

    /// <summary>The answer's contract: the decision under <c>decision</c>, the case and the unmapped codes beside it.</summary>
    public FhirEvaluateContract Contract => _contract ??= FhirEvaluateContract.From(this);
}
