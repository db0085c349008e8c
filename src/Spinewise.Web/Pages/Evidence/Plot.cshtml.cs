using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Spinewise.Evidence.Plots;

namespace Spinewise.Web.Pages.Evidence;

/// <summary>
/// <c>/evidence/plot/{forest|funnel}.{svg|png}?dataset=…&amp;…</c>: a shipped dataset's plot as an image the page
/// shows with <c>&lt;img&gt;</c> (ScottPlot's SVG carries style attributes, which the page's CSP would refuse inline).
/// </summary>
internal sealed class PlotModel(EvidenceDatasets datasets, EvidenceWorkbench workbench) : PageModel
{
    public IActionResult OnGet(string kind, string format)
    {
        PlotKind? k = kind switch { "forest" => PlotKind.Forest, "funnel" => PlotKind.Funnel, _ => null };
        (PlotFormat Format, string Media)? f = format switch { "svg" => (PlotFormat.Svg, "image/svg+xml"), "png" => (PlotFormat.Png, "image/png"), _ => null };
        if (k is null || f is null) return NotFound();
        var query = WorkbenchQuery.From(Request.Query, forDataset: true);
        if (datasets.Find(query.Dataset) is not { } dataset) return StatusCode(StatusCodes.Status400BadRequest);
        var image = workbench.Plot(new WorkbenchSource(dataset.FileName, dataset.Csv, dataset), query, k.Value, f.Value.Format);
        if (!image.TryGetValue(out var bytes))
        {
            return StatusCode(image.Diagnostics.Any(d => d.Option is not null) ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity);
        }

        Response.Headers.CacheControl = "public, max-age=3600";
        return File(bytes, f.Value.Media);
    }
}
