using Spinewise.Application.Meta;

namespace Spinewise.Web.Pages.Evidence;

/// <summary>Where the rows of an analysis come from: a shipped dataset, or CSV text the analyst uploaded or pasted (never stored).</summary>
/// <param name="Name">The name diagnostics and downloads use (<c>bcg.csv</c>, the uploaded file's name).</param>
/// <param name="Csv">The CSV text.</param>
/// <param name="Dataset">The shipped dataset, or null for uploaded rows.</param>
internal sealed record WorkbenchSource(string Name, string Csv, EvidenceDataset? Dataset)
{
    /// <summary>The rows, read when the analysis runs.</summary>
    public MetaRows Rows() => MetaRows.FromCsv(Csv, Name);

    /// <summary>The options of the request: the analyst's, with a shipped dataset's mapping over them.</summary>
    public Dictionary<string, string> Options(WorkbenchQuery query)
    {
        var options = new Dictionary<string, string>(query.Options, StringComparer.Ordinal);
        if (Dataset is null) return options;
        foreach (var (name, value) in Dataset.Mapping)
        {
            options[name] = value;
        }

        return options;
    }
}
