namespace Spinewise.Web.Hosting;

/// <summary>
/// Headers on every response: a Content-Security-Policy without inline script or style (the API reference UI under
/// <c>/scalar</c> excepted, which needs its own script), no MIME sniffing, no framing, no referrer across origins.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>The policy of the pages: scripts, styles, images and forms from this origin only.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        if (!context.Request.Path.StartsWithSegments("/scalar", StringComparison.OrdinalIgnoreCase))
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
        }

        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        return next(context);
    }
}
