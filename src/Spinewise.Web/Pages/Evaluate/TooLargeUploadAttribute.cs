using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using Spinewise.Web.Hosting;

namespace Spinewise.Web.Pages.Evaluate;

/// <summary>
/// Refuses a POST whose declared body is over the form limit (or the host's <c>Spinewise:Limits:MaxBodyBytes</c>) before
/// anything reads it — antiforgery included — and sends the browser back to the form with a clear message (303 to
/// <c>/evaluate?tooLarge=true</c>), instead of a failed read. Nothing of the body is read or stored.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class TooLargeUploadAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public int Order => int.MinValue;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsPost(request.Method) || request.ContentLength is not { } length)
        {
            return;
        }

        var host = context.HttpContext.RequestServices.GetRequiredService<IOptions<SpinewiseWebOptions>>().Value.Limits.MaxBodyBytes;
        if (length > Math.Min(host, IndexModel.RequestLimitBytes))
        {
            context.Result = new SeeOtherResult("/evaluate?tooLarge=true");
        }
    }
}
