using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Spinewise.Web.Problems;

/// <summary>
/// Turns the framework's <see cref="BadHttpRequestException"/> (a parameter that does not bind, a body over the
/// server's limit) into a problem document with the status it carries, never a 500. Other exceptions are bugs: the
/// default handler answers 500 with a problem that shows no internals.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        var detail = bad.InnerException is System.Text.Json.JsonException json ? $"{bad.Message} {json.Message}" : bad.Message;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request body too large" : "Bad request",
                Detail = detail,
                Type = "urn:spinewise:problem:bad-request",
            },
        }).ConfigureAwait(false);
    }
}
