using Spinewise.Domain.Cases;

namespace Spinewise.Application.Evaluations;

/// <summary>Reads, validates and evaluates one patient case (JSON, docs/case.md) on the host's knowledge.</summary>
/// <param name="host">The knowledge and the clock.</param>
public sealed class EvaluateCase(KnowledgeHost host)
{
    /// <summary>Evaluates the case in <paramref name="json"/>.</summary>
    /// <param name="json">The case as UTF-8 JSON (a byte-order mark is allowed).</param>
    /// <param name="inputName">What the diagnostics name as the file, e.g. a path or <c>request body</c>.</param>
    /// <param name="asOf">The date to evaluate as of when the case has no <c>asOf</c>; null for today (the host's clock).</param>
    /// <returns>The evaluation, or an <see cref="InvalidCaseFailure"/> with every problem found; nothing is evaluated then.</returns>
    public Outcome<Evaluation> Execute(ReadOnlySpan<byte> json, string inputName, DateOnly? asOf)
    {
        var read = Read(json, inputName);
        if (read.Case is not { } patient)
        {
            return new InvalidCaseFailure(read.Diagnostics);
        }

        return Evaluate(patient, asOf);
    }

    /// <summary>Reads and validates a case without evaluating it (the one place a case is read).</summary>
    internal CaseReadResult Read(ReadOnlySpan<byte> json, string inputName)
    {
        ArgumentNullException.ThrowIfNull(inputName);
        return CaseJsonReader.Read(json, inputName, host.Knowledge);
    }

    /// <summary>Evaluates a case that <see cref="Read"/> accepted.</summary>
    internal Evaluation Evaluate(PatientCase patient, DateOnly? asOf) => new(host, host.Engine.Evaluate(patient, asOf ?? host.Today));
}
