using System.Text;
using Microsoft.Extensions.Primitives;
using Spinewise.Application.Meta;

namespace Spinewise.Web.Pages.Evidence;

/// <summary>
/// What the analyst asked for: the dataset (or none, for pasted or uploaded rows) and the options, named as the CLI's
/// and the API's (<c>measure</c>, <c>method</c>, <c>mods</c>…), only those rma takes, blanks dropped, repeated
/// <c>mods</c> joined by commas. Its query string is the analysis's permanent link.
/// </summary>
internal sealed class WorkbenchQuery
{
    /// <summary>The field of the dataset id.</summary>
    public const string DatasetField = "dataset";

    /// <summary>The options a shipped dataset's analysis is not given by the analyst (its own mapping fixes them).</summary>
    public static readonly HashSet<string> MappingOptions =
        [.. MetaOptionCatalog.Columns(null).Select(o => o.Name), "label", "yi", "vi"];

    private static readonly string[] Names = [.. RmaUseCase.Options.Select(o => o.Name)];

    private WorkbenchQuery(string? dataset, IReadOnlyDictionary<string, string> options)
    {
        Dataset = dataset;
        Options = options;
    }

    /// <summary>The dataset id as given (not checked), or null.</summary>
    public string? Dataset { get; }

    /// <summary>Option name → value as typed (trimmed), in the catalog's order.</summary>
    public IReadOnlyDictionary<string, string> Options { get; }

    /// <summary>Whether nothing was asked (the empty workbench).</summary>
    public bool IsEmpty => Dataset is null && Options.Count == 0;

    /// <summary>The value typed for a field, or null.</summary>
    public string? this[string name] => Options.GetValueOrDefault(name);

    /// <summary>Whether a moderator column is ticked.</summary>
    public bool HasModerator(string column) =>
        this["mods"] is { } mods && mods.Split(',', StringSplitOptions.TrimEntries).Contains(column, StringComparer.Ordinal);

    /// <summary>Reads the fields of a query string or a form; unknown names are ignored.</summary>
    public static WorkbenchQuery From(IEnumerable<KeyValuePair<string, StringValues>> fields, bool forDataset)
    {
        var given = fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var dataset = given.TryGetValue(DatasetField, out var d) && !string.IsNullOrWhiteSpace(d.ToString()) ? d.ToString().Trim() : null;
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in Names)
        {
            if (forDataset && MappingOptions.Contains(name)) continue;
            if (!given.TryGetValue(name, out var values)) continue;
            var value = string.Join(",", values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()));
            if (value.Length > 0) options[name] = value;
        }

        return new WorkbenchQuery(forDataset ? dataset : null, options);
    }

    /// <summary>The query string (without <c>?</c>): dataset first, then the options in the catalog's order.</summary>
    public string QueryString()
    {
        var text = new StringBuilder();
        if (Dataset is not null) Append(text, DatasetField, Dataset);
        foreach (var (name, value) in Options) Append(text, name, value);
        return text.ToString();

        static void Append(StringBuilder text, string name, string value) =>
            text.Append(text.Length == 0 ? "" : "&").Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
    }
}
