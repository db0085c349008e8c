using Spinewise.Web.Pages.DecisionAid;
using Spinewise.Web.Pages.Evaluate;
using Spinewise.Web.Pages.Evidence;
using Spinewise.Web.Pages.Guidelines;
using Spinewise.Web.Pages.Interventions;

namespace Spinewise.Web.Hosting;

/// <summary>
/// The pages people use (Razor Pages, server-rendered, little JavaScript): registration, static files, HTML error
/// pages and the security headers every page carries. Each area registers its own services in its folder.
/// </summary>
internal static class PagesSetup
{
    public static IServiceCollection AddSpinewisePages(this IServiceCollection services)
    {
        services.AddRazorPages();
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "spinewise-antiforgery";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddGuidelinePages();
        services.AddInterventionPages();
        services.AddDecisionAidPages();
        services.AddEvaluatePages();
        services.AddEvidencePages();
        return services;
    }

    /// <summary>Security headers, HTML status pages (404 and the like) for page paths, static files and the pages.</summary>
    public static WebApplication UseSpinewisePages(this WebApplication app)
    {
        app.UseWhen(context => IsPagePath(context.Request.Path), pages =>
        {
            pages.UseExceptionHandler("/error/500");
            pages.UseStatusCodePagesWithReExecute("/error/{0}");
        });
        app.UseMiddleware<SecurityHeaders>();
        return app;
    }

    public static WebApplication MapSpinewisePages(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }

    /// <summary>Whether a path belongs to the pages rather than to a program interface (API, CDS Hooks, health, OpenAPI).</summary>
    public static bool IsPagePath(PathString path) =>
        !path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments("/cds-services", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments("/scalar", StringComparison.OrdinalIgnoreCase);
}
