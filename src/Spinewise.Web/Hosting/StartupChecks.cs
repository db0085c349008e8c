using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Spinewise.Web.Hosting;

/// <summary>
/// What must hold before the host listens: the loopback rule, valid knowledge (every error printed to standard
/// error as <c>file:line:column</c>), a migrated database. Any failure ends start-up with a non-zero exit code.
/// </summary>
internal static partial class StartupChecks
{
    public const int ExitCode = 1;

    /// <summary><see langword="true"/> when the host may start listening.</summary>
    public static async Task<bool> PrepareAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<SpinewiseWebOptions>>().Value;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Spinewise.Web.Startup");
        if (!options.Auth.Enabled)
        {
            var refused = LoopbackRule.NonLoopback(LoopbackRule.ConfiguredAddresses(app.Configuration).Concat(app.Urls));
            if (refused.Count > 0)
            {
                RefuseNonLoopback(logger, refused);
                return false;
            }

            app.Lifetime.ApplicationStarted.Register(() => CheckBoundAddresses(app, logger));
        }

        foreach (var check in app.Services.GetServices<IStartupCheck>())
        {
            if (!await check.RunAsync(Console.Error, app.Lifetime.ApplicationStopping).ConfigureAwait(false))
            {
                return false;
            }
        }

        return true;
    }

    private static void CheckBoundAddresses(WebApplication app, ILogger logger)
    {
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var refused = LoopbackRule.NonLoopback(bound);
        if (refused.Count > 0)
        {
            RefuseNonLoopback(logger, refused);
            Environment.ExitCode = ExitCode;
            app.Lifetime.StopApplication();
        }
    }

    private static void RefuseNonLoopback(ILogger logger, IReadOnlyList<string> addresses)
    {
        var joined = string.Join(", ", addresses);
        LogRefused(logger, joined);
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Refusing to listen on {Addresses:l}: without Spinewise:Auth:Authority stored evaluations (patient data) are unprotected, so only loopback addresses are allowed")]
    private static partial void LogRefused(ILogger logger, string addresses);
}

/// <summary>
/// One check the host runs before it listens, in registration order; it writes what is wrong to <c>error</c> and returns
/// <see langword="false"/>. Checks are built together, so a check resolves what an earlier check validates inside <see cref="RunAsync"/>.
/// </summary>
internal interface IStartupCheck
{
    Task<bool> RunAsync(TextWriter error, CancellationToken cancellationToken);
}
