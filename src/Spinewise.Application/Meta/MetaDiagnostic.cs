using System.Text;

namespace Spinewise.Application.Meta;

/// <summary>
/// One problem with a meta-analysis request: a stable <see cref="Code"/> (see <see cref="MetaDiagnosticCodes"/>), where
/// it is (an option's name, or the rows' source with the 1-based data row and the column), and what is wrong.
/// </summary>
/// <param name="Code">Stable code, e.g. <c>SW4001</c>.</param>
/// <param name="Message">What is wrong, without the location.</param>
/// <param name="Option">The option at fault (its name without dashes, as in a query string), or null.</param>
/// <param name="Source">The rows' source (file name, "request body"), or null.</param>
/// <param name="Row">1-based data row (the first row after the header is 1), or null.</param>
/// <param name="Column">The CSV column, or null.</param>
/// <param name="Argument">The metafor argument the column was mapped to (e.g. <c>n1i</c>) when it differs from the column, or null.</param>
public sealed record MetaDiagnostic(
    string Code, string Message, string? Option = null, string? Source = null, int? Row = null, string? Column = null, string? Argument = null)
{
    /// <summary>The location and message as one line, options written as <c>--name</c>: <c>d.csv, row 2 (line 3), column 'vi': …</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (Option is not null) text.Append("--").Append(Option);
        if (Source is not null) text.Append(Source);
        if (Row is { } r) text.Append(System.Globalization.CultureInfo.InvariantCulture, $", row {r} (line {r + 1})");
        if (Column is not null) text.Append(Source is null && Row is null ? "" : ", ").Append("column '").Append(Column).Append('\'');
        if (Argument is not null) text.Append(" (").Append(Argument).Append(')');
        return text.Length == 0 ? Message : text.Append(": ").Append(Message).ToString();
    }
}
