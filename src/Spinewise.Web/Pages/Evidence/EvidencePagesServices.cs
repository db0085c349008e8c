namespace Spinewise.Web.Pages.Evidence;

/// <summary>The services the Evidence pages need beyond the application layer's.</summary>
internal static class EvidencePagesServices
{
    public static IServiceCollection AddEvidencePages(this IServiceCollection services)
    {
        services.AddSingleton<EvidenceDatasets>();
        services.AddSingleton<EvidenceWorkbench>();
        services.AddSingleton<KnowledgeEvidence>();
        return services;
    }
}
