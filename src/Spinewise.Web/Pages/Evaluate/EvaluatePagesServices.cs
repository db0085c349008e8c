namespace Spinewise.Web.Pages.Evaluate;

/// <summary>The services the Evaluate pages need beyond the application layer's.</summary>
internal static class EvaluatePagesServices
{
    public static IServiceCollection AddEvaluatePages(this IServiceCollection services)
    {
        services.AddSingleton<CaseFormVocabulary>();
        services.AddSingleton<Evaluations.EvaluationViews>();
        return services;
    }
}
