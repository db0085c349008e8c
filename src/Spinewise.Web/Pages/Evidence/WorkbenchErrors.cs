using System.Globalization;
using Spinewise.Application.Meta;

namespace Spinewise.Web.Pages.Evidence;

/// <summary>
/// The problems of a workbench request, placed where the analyst fixes them: beside the option's field, beside the
/// CSV (with line and column), or at the top when no field is at fault.
/// </summary>
internal sealed class WorkbenchErrors
{
    /// <summary>The key of the rows' field (the upload and the pasted CSV).</summary>
    public const string CsvField = "csv";

    /// <summary>The key of the dataset field.</summary>
    public const string DatasetField = WorkbenchQuery.DatasetField;

    private readonly Dictionary<string, List<string>> _byField = new(StringComparer.Ordinal);
    private readonly List<string> _general = [];

    /// <summary>Whether there is any problem.</summary>
    public bool Any => _byField.Count > 0 || _general.Count > 0;

    /// <summary>Problems no field owns.</summary>
    public IReadOnlyList<string> General => _general;

    /// <summary>Every problem with the field it belongs to (null: none), in order, for the summary at the top.</summary>
    public IEnumerable<(string? Field, string Message)> All =>
        _byField.SelectMany(f => f.Value.Select(m => ((string?)f.Key, m))).Concat(_general.Select(m => ((string?)null, m)));

    /// <summary>The problems of one field.</summary>
    public IReadOnlyList<string> Of(string field) => _byField.TryGetValue(field, out var list) ? list : [];

    public void Add(string? field, string message)
    {
        if (field is null)
        {
            _general.Add(message);
            return;
        }

        if (!_byField.TryGetValue(field, out var list)) _byField[field] = list = [];
        list.Add(message);
    }

    /// <summary>Places the use case's diagnostics: options beside their fields, rows beside the CSV.</summary>
    public void AddAll(IEnumerable<MetaDiagnostic> diagnostics, bool dataset)
    {
        foreach (var d in diagnostics)
        {
            if (d.Option is { } option)
            {
                Add(WorkbenchFields.Shows(option, dataset) ? option : null, WorkbenchFields.Shows(option, dataset) ? Sentence(d.Message) : $"{option}: {d.Message}");
            }
            else if (d.Source is not null || d.Row is not null || d.Column is not null)
            {
                Add(dataset ? null : CsvField, Located(d));
            }
            else
            {
                Add(null, Sentence(d.Message));
            }
        }
    }

    /// <summary>A rows problem with its place: <c>Line 3 (study row 2), column 'vi': 'abc' is not a number.</c></summary>
    public static string Located(MetaDiagnostic d)
    {
        var place = new List<string>();
        if (d.Row is { } row) place.Add(string.Create(CultureInfo.InvariantCulture, $"line {row + 1} (study row {row})"));
        if (d.Column is { } column) place.Add(d.Argument is null ? $"column '{column}'" : $"column '{column}' ({d.Argument})");
        return place.Count == 0 ? Sentence(d.Message) : Sentence(string.Join(", ", place) + ": " + d.Message);
    }

    private static string Sentence(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..] + (text.EndsWith('.') || text.EndsWith('?') ? "" : ".");
}
