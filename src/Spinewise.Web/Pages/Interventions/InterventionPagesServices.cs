namespace Spinewise.Web.Pages.Interventions;

/// <summary>The services the Interventions pages need beyond the application layer's.</summary>
internal static class InterventionPagesServices
{
    public static IServiceCollection AddInterventionPages(this IServiceCollection services) => services;
}
