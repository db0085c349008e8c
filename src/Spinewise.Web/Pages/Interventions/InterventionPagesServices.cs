namespace Spinewise.Web.Pages.Interventions;

/// <summary>The services the Interventions pages need beyond the application layer's: their view models, built once per knowledge version.</summary>
internal static class InterventionPagesServices
{
    public static IServiceCollection AddInterventionPages(this IServiceCollection services) =>
        services.AddSingleton<InterventionViews>();
}
