using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Spinewise.Web.Features.Health;

/// <summary>
/// <c>/health/live</c>: the process answers. <c>/health/ready</c>: the knowledge is loaded and the database answers
/// (checks tagged <see cref="Ready"/>); 503 otherwise.
/// </summary>
internal static class HealthApi
{
    public const string Ready = "ready";

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).ExcludeFromDescription();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(Ready),
            ResponseWriter = WriteAsync,
        }).ExcludeFromDescription();
        return endpoints;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsJsonAsync(new HealthReply(
            report.Status.ToString(),
            report.Entries.ToDictionary(e => e.Key, e => new HealthEntry(e.Value.Status.ToString(), e.Value.Description))));
    }

    private sealed record HealthReply(string Status, IReadOnlyDictionary<string, HealthEntry> Checks);

    private sealed record HealthEntry(string Status, string? Description);
}
