using Microsoft.Extensions.Options;
using Spinewise.Web.Hosting;

namespace Spinewise.Web.CdsSecurity;

/// <summary>
/// Refuses start-up when the CDS Hooks security settings are wrong (each problem printed with its setting), when
/// verification is off outside Development, or when a configured JWKS file cannot be read.
/// </summary>
internal sealed partial class CdsSecurityStartupCheck(IOptions<CdsHooksSecurityOptions> options, IHostEnvironment environment, JwksCache keys, ILogger<CdsSecurityStartupCheck> logger) : IStartupCheck
{
    public async Task<bool> RunAsync(TextWriter error, CancellationToken cancellationToken)
    {
        CdsHooksSecurityOptions settings;
        try
        {
            settings = options.Value;
        }
        catch (InvalidOperationException ex)
        {
            await error.WriteLineAsync($"The CDS Hooks security settings cannot be read: {ex.Message}").ConfigureAwait(false);
            return false;
        }

        var problems = CdsSecurityValidation.Problems(settings, environment.EnvironmentName, environment.IsDevelopment());
        for (var i = 0; i < settings.Issuers.Count; i++)
        {
            if (settings.Issuers[i].JwksFile is { Length: > 0 } file && keys.LoadFile(file) is { } problem)
            {
                problems.Add($"{CdsHooksSecurityOptions.Section}:Issuers:{i}:JwksFile '{file}' {problem}.");
            }
        }

        foreach (var problem in problems)
        {
            await error.WriteLineAsync($"Refusing to start: {problem}").ConfigureAwait(false);
        }

        if (problems.Count > 0)
        {
            return false;
        }

        if (!settings.VerifyTokens)
        {
            LogVerificationOff(logger);
        }
        else if (settings.Issuers.Count == 0)
        {
            LogNoIssuers(logger);
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Spinewise:CdsHooks:VerifyTokens is false (Development): CDS Hooks calls are accepted without a verified JWT")]
    private static partial void LogVerificationOff(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No Spinewise:CdsHooks:Issuers are configured: every CDS Hooks call is refused with 401")]
    private static partial void LogNoIssuers(ILogger logger);
}
