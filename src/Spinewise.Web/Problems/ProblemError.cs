namespace Spinewise.Web.Problems;

/// <summary>
/// One problem of a request, as listed in a problem document's <c>errors</c> extension: a stable code, where it is
/// (a JSON path with line and column, a CSV row and column, or a query parameter), and a message.
/// </summary>
internal sealed record ProblemError(
    string Code,
    string Message,
    string? Path = null,
    int? Line = null,
    int? Column = null,
    string? Parameter = null);
