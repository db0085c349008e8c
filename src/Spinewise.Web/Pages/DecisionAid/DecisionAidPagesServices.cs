namespace Spinewise.Web.Pages.DecisionAid;

/// <summary>The services the DecisionAid pages need beyond the application layer's: their plain-language view models, built once per knowledge version.</summary>
internal static class DecisionAidPagesServices
{
    public static IServiceCollection AddDecisionAidPages(this IServiceCollection services) =>
        services.AddSingleton<DecisionAidViews>();
}
