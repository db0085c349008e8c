namespace Spinewise.Web.Features.Screenings;

/// <summary>
/// Section <c>Spinewise:Screening</c>: the folders screening jobs may read exports from, where their reports go, and how
/// this replica runs them (docs/api.md, ADR 016). Without <see cref="Roots"/> screening is not enabled.
/// </summary>
internal sealed class ScreeningJobOptions
{
    /// <summary>The folders an export must lie in (after symbolic links are resolved); none: screening is off.</summary>
    public List<string> Roots { get; set; } = [];

    /// <summary>Where the reports go, one folder per job id; default <c>{DataDirectory}/screenings</c>. Shared storage for several replicas.</summary>
    public string? ReportDirectory { get; set; }

    /// <summary>How many jobs this replica runs at once (default 1; 0: it runs none and only serves the API).</summary>
    public int Concurrency { get; set; } = 1;

    /// <summary>How long a claim holds without a heartbeat, in seconds (default 30); past it, any replica fails the job.</summary>
    public double LeaseSeconds { get; set; } = 30;

    /// <summary>How often a running job writes its progress and renews its lease, in seconds (default 1).</summary>
    public double HeartbeatSeconds { get; set; } = 1;

    /// <summary>How often an idle replica looks for queued jobs and expired leases, in seconds (default 2).</summary>
    public double PollSeconds { get; set; } = 2;

    public bool Enabled => Roots.Any(r => !string.IsNullOrWhiteSpace(r));

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    public TimeSpan Heartbeat => TimeSpan.FromSeconds(HeartbeatSeconds);

    public TimeSpan Poll => TimeSpan.FromSeconds(PollSeconds);

    /// <summary>What is wrong with the settings, naming each; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Concurrency < 0)
        {
            problems.Add($"Spinewise:Screening:Concurrency {Concurrency} is negative");
        }

        if (!(HeartbeatSeconds > 0) || !(LeaseSeconds > HeartbeatSeconds * 2))
        {
            problems.Add($"Spinewise:Screening:LeaseSeconds ({LeaseSeconds}) must be more than twice HeartbeatSeconds ({HeartbeatSeconds}), which must be positive");
        }

        if (!(PollSeconds > 0))
        {
            problems.Add($"Spinewise:Screening:PollSeconds {PollSeconds} is not positive");
        }

        foreach (var root in Roots.Where(r => !string.IsNullOrWhiteSpace(r) && !Path.IsPathFullyQualified(r)))
        {
            problems.Add($"Spinewise:Screening:Roots '{root}' is not an absolute path");
        }

        return problems;
    }
}
