namespace Spinewise.Web.Pages.Guidelines;

/// <summary>The services the Guidelines, home, search and about pages need beyond the application layer's.</summary>
internal static class GuidelinePagesServices
{
    public static IServiceCollection AddGuidelinePages(this IServiceCollection services) =>
        services
            .AddSingleton<GuidelineCatalog>()
            .AddSingleton<SearchIndex>()
            .AddSingleton<DisagreementTeaser>();
}
