using System.Globalization;
using System.Text;
using Spinewise.Application.Meta;

namespace Spinewise.Web.Pages.Evidence;

/// <summary>
/// The escalc'd data as CSV, as <c>spinewise escalc --out</c> writes it: the rows as read with <c>yi</c> and <c>vi</c>
/// appended (replacing columns of those names); missing values are empty cells, numbers round-trip exactly.
/// </summary>
internal static class EscalcCsv
{
    public static string Write(StudyData data)
    {
        var table = data.Table;
        var kept = table.Columns.Select((name, index) => (name, index, numeric: table.IsNumeric(name))).Where(c => c.name is not ("yi" or "vi")).ToList();
        var text = new StringBuilder();
        text.AppendJoin(',', kept.Select(c => Quote(c.name)).Append("yi").Append("vi")).Append('\n');
        for (int row = 0; row < table.RowCount; row++)
        {
            var cells = kept.Select(c => Cell(table[row, c.index], c.numeric))
                .Append(Number(data.Yi[row])).Append(Number(data.Vi[row]));
            text.AppendJoin(',', cells).Append('\n');
        }

        return text.ToString();
    }

    private static string Cell(string? value, bool numeric) => value is null ? "" : numeric ? value : Quote(value);

    private static string Number(double value) => double.IsNaN(value) ? "" : value.ToString("R", CultureInfo.InvariantCulture);

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
