namespace Spinewise.Domain.Decisions.Internal;

/// <summary>Receives each factor of a recommendation's applicability as <see cref="ApplicabilityRules"/> evaluates it.</summary>
internal interface IFactorSink
{
    void Factor(ApplicabilityFactor factor, int index, Eligibility.Truth truth);
}
