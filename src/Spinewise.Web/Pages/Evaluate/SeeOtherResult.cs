using Microsoft.AspNetCore.Mvc;

namespace Spinewise.Web.Pages.Evaluate;

/// <summary>303 See Other to <paramref name="location"/>: the Post/Redirect/Get answer to a successful POST.</summary>
internal sealed class SeeOtherResult(string location) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.HttpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.HttpContext.Response.Headers.Location = location;
        return Task.CompletedTask;
    }
}
