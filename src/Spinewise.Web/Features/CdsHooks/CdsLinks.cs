using Microsoft.Extensions.Options;

namespace Spinewise.Web.Features.CdsHooks;

/// <summary>
/// Absolute URLs the cards carry: the stored evaluation's page in the app and the service itself, under
/// <c>Spinewise:PublicBaseUrl</c> when set (behind a proxy the request's own host is not the one the EHR reaches).
/// A card's link is for the clinician (CDS Hooks shows an <c>absolute</c> link for a person to open), so it is the page
/// <c>/evaluations/{id}</c>; that page links the same record as JSON (<c>/api/evaluations/{id}</c>) for programs.
/// </summary>
internal sealed class CdsLinks(IConfiguration configuration)
{
    public Uri Base(HttpRequest request)
    {
        var configured = configuration["Spinewise:PublicBaseUrl"];
        var text = string.IsNullOrWhiteSpace(configured) ? $"{request.Scheme}://{request.Host}{request.PathBase}" : configured;
        return new Uri(text.TrimEnd('/') + "/", UriKind.Absolute);
    }

    public Uri Evaluation(HttpRequest request, Guid id) => new(Base(request), $"evaluations/{id}");

    public Uri Service(HttpRequest request, CdsService service) => new(Base(request), $"cds-services/{service.Id}");
}
