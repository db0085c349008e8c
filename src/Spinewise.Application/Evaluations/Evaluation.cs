using Spinewise.Application.Contracts;
using Spinewise.Domain.Decisions;

namespace Spinewise.Application.Evaluations;

/// <summary>
/// One case evaluated: the domain report (for a host's own rendering) and its contract, the JSON of
/// <c>recommend --json</c>, <c>POST /api/evaluate</c> and each line of a screening file (made on first use).
/// </summary>
public sealed class Evaluation
{
    private readonly KnowledgeHost _host;
    private RecommendContract? _contract;

    internal Evaluation(KnowledgeHost host, DecisionReport report)
    {
        _host = host;
        Report = report;
    }

    /// <summary>The decision report.</summary>
    public DecisionReport Report { get; }

    /// <summary>The recommend contract of <see cref="Report"/>.</summary>
    public RecommendContract Contract => _contract ??= RecommendContract.From(_host.Knowledge, Report);
}
