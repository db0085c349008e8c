namespace Spinewise.Web.Problems;

/// <summary>
/// One problem of a request, as listed in a problem document's <c>errors</c> extension: a stable code, where it is
/// (a JSON path with line and column, a CSV row and field, or a query parameter), and a message.
/// </summary>
/// <param name="Code">The stable code.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Path">The JSON path in the body.</param>
/// <param name="Line">1-based line in the body.</param>
/// <param name="Column">1-based column in the body's line.</param>
/// <param name="Parameter">The query parameter at fault.</param>
/// <param name="Row">1-based data row of CSV or JSON rows (the first row after the header is 1).</param>
/// <param name="Field">The CSV column (or JSON row member) at fault.</param>
internal sealed record ProblemError(
    string Code,
    string Message,
    string? Path = null,
    int? Line = null,
    int? Column = null,
    string? Parameter = null,
    int? Row = null,
    string? Field = null);
