namespace Spinewise.Web.Pages.Evidence;

/// <summary>The files the workbench offers for an analysis: the path segment, what it is, and its media type.</summary>
/// <param name="Path">The last path segment (<c>/evidence/download/{Path}</c>).</param>
/// <param name="Label">What the link says.</param>
/// <param name="MediaType">The Content-Type it is served with.</param>
internal sealed record DownloadFile(string Path, string Label, string MediaType)
{
    public static IReadOnlyList<DownloadFile> All { get; } =
    [
        new("data.csv", "Data with yi and vi (CSV)", "text/csv"),
        new("result.json", "Result (JSON, as POST /api/meta/rma returns it)", "application/json"),
        new("forest.svg", "Forest plot (SVG)", "image/svg+xml"),
        new("forest.png", "Forest plot (PNG)", "image/png"),
        new("funnel.svg", "Funnel plot (SVG)", "image/svg+xml"),
        new("funnel.png", "Funnel plot (PNG)", "image/png"),
        new("analysis.R", "R code for metafor (R)", "text/plain"),
    ];

    public static DownloadFile? Find(string? path) => All.FirstOrDefault(f => string.Equals(f.Path, path, StringComparison.Ordinal));

    /// <summary>The file name a download is saved as: the rows' name without extension, then the file (<c>bcg-forest.svg</c>).</summary>
    public string SaveAs(string source)
    {
        var stem = System.IO.Path.GetFileNameWithoutExtension(source);
        var safe = new string([.. stem.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-')]).Trim('-');
        return (safe.Length == 0 ? "analysis" : safe) + "-" + Path;
    }
}
