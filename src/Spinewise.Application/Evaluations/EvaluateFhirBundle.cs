using Spinewise.Domain.Cases;
using Spinewise.Domain.Diagnostics;
using Spinewise.Fhir;

namespace Spinewise.Application.Evaluations;

/// <summary>
/// Reads a FHIR R4 Bundle (searchset, collection or transaction), maps the chart to a case (docs/fhir.md), validates
/// and evaluates it on the host's knowledge.
/// </summary>
/// <param name="host">The knowledge and the clock.</param>
public sealed class EvaluateFhirBundle(KnowledgeHost host)
{
    /// <summary>The media type of a FHIR R4 JSON input.</summary>
    public const string MediaType = "application/fhir+json";

    /// <summary>Evaluates the chart in <paramref name="bundle"/>.</summary>
    /// <param name="bundle">The Bundle as UTF-8 JSON.</param>
    /// <param name="inputName">What the diagnostics name as the file, e.g. a path or <c>request body</c>.</param>
    /// <param name="asOf">The evaluation date (ages, durations, latest values are taken at it); null for today (the host's clock).</param>
    /// <returns>
    /// The evaluation with the case it derived and the codes that map to nothing, or an <see cref="InvalidCaseFailure"/>
    /// with every problem, each at its FHIR element: invalid FHIR (<see cref="IsUnreadable"/>), a value in the wrong unit,
    /// or a case that fails validation. Nothing is evaluated then.
    /// </returns>
    public Outcome<FhirEvaluation> Execute(ReadOnlySpan<byte> bundle, string inputName, DateOnly? asOf)
    {
        ArgumentNullException.ThrowIfNull(inputName);
        var mapper = new FhirCaseMapper(host.Knowledge);
        var read = mapper.ReadBundle(bundle, inputName);
        if (!read.TryGetValue(out var records))
        {
            return new InvalidCaseFailure(read.Diagnostics);
        }

        var date = asOf ?? host.Today;
        var mapping = mapper.Map(records, date);
        var validated = CaseValidator.Validate(mapping.Draft, host.Knowledge);
        if (mapping.Problems.Count > 0 || !validated.TryGetValue(out var patient))
        {
            return new InvalidCaseFailure([.. mapping.Problems, .. validated.Diagnostics]);
        }

        return new FhirEvaluation(new EvaluateCase(host).Evaluate(patient, date), patient, mapping);
    }

    /// <summary>True for a diagnostic saying the input is not readable FHIR R4 at all (malformed JSON, invalid FHIR, not a Bundle, an array too long to read), rather than a case problem.</summary>
    /// <param name="diagnostic">A diagnostic of <see cref="Execute"/>.</param>
    public static bool IsUnreadable(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return diagnostic.Code is FhirDiagnosticCodes.MalformedJson or FhirDiagnosticCodes.InvalidFhir or FhirDiagnosticCodes.UnexpectedResource
            or FhirDiagnosticCodes.TooManyItems;
    }
}
