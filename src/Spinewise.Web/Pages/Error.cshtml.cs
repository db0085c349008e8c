using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Spinewise.Web.Pages;

/// <summary>The HTML page shown for a status code on a page path (404 and the like), with the original status kept.</summary>
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
internal sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "Something went wrong";

    public string Message { get; private set; } = "";

    public void OnGet(int status) => Describe(status);

    public void OnPost(int status) => Describe(status);

    private void Describe(int status)
    {
        Response.StatusCode = status is >= 400 and <= 599 ? status : 500;
        (Heading, Message) = status switch
        {
            404 => ("Page not found", "There is no page at this address. It may name an id the knowledge does not hold."),
            400 => ("The request could not be read", "Something in the request was not valid."),
            413 => ("Too large", "The upload is larger than this service accepts."),
            _ => ("Something went wrong", $"The server answered with status {status}."),
        };
    }
}
