using Microsoft.Extensions.Options;
using Spinewise.Web.Hosting;

namespace Spinewise.Web.Features.Screenings;

/// <summary>Stops start-up on screening settings that cannot work, naming each; logs the roots when screening is on.</summary>
internal sealed partial class ScreeningStartupCheck(IOptions<SpinewiseWebOptions> options, ScreeningRoots roots, ILogger<ScreeningStartupCheck> logger) : IStartupCheck
{
    public async Task<bool> RunAsync(TextWriter error, CancellationToken cancellationToken)
    {
        var settings = options.Value.Screening;
        var problems = settings.Validate();
        foreach (var problem in problems)
        {
            await error.WriteLineAsync($"Screening is misconfigured: {problem}.").ConfigureAwait(false);
        }

        if (problems.Count == 0 && settings.Enabled)
        {
            var folders = string.Join(", ", settings.Roots);
            var reports = roots.ReportDirectory;
            LogEnabled(logger, folders, reports, settings.Concurrency);
        }

        return problems.Count == 0;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Screening enabled: exports from {Roots:l}, reports in {Reports:l}, {Concurrency} job(s) at once on this replica")]
    private static partial void LogEnabled(ILogger logger, string roots, string reports, int concurrency);
}
