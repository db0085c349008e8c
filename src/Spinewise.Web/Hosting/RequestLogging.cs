using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Spinewise.Web.Hosting;

/// <summary>
/// Structured logs: one JSON line per event on standard output, one per request with method, path (never the query
/// string), status, duration and request id. Bodies are never logged; ASP.NET Core's own per-request lines, which
/// carry the query string, are silenced.
/// </summary>
internal static class RequestLogging
{
    public const string Template = "HTTP {RequestMethod:l} {RequestPath:l} responded {StatusCode} in {Elapsed:0.000} ms";

    public static void AddSpinewiseLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console(new RenderedCompactJsonFormatter()),
            preserveStaticLogger: true);
    }

    public static void UseSpinewiseRequestLogging(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<Serilog.ILogger>();
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = logger;
            options.MessageTemplate = Template;
            options.IncludeQueryInRequestPath = false;
            options.EnrichDiagnosticContext = (context, http) => context.Set("RequestId", http.TraceIdentifier);
        });
    }
}
