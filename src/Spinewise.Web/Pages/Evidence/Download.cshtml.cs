using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Spinewise.Application.Json;
using Spinewise.Evidence.Plots;

namespace Spinewise.Web.Pages.Evidence;

/// <summary>
/// <c>/evidence/download/{file}</c>: an analysis's files — the escalc'd data (CSV), the result (the JSON
/// <c>POST /api/meta/rma</c> returns), the forest and funnel plots (SVG, PNG) and the R code. GET for a shipped
/// dataset (the options in the query); POST (antiforgery) for uploaded rows sent again with their options.
/// Unknown file: 404; options or rows that do not analyse: the 400 (or 422) error page.
/// </summary>
[RequestSizeLimit(UploadLimits.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.MaxRequestBytes)]
internal sealed class DownloadModel(EvidenceDatasets datasets, EvidenceWorkbench workbench) : PageModel
{
    public IActionResult OnGet(string file)
    {
        if (DownloadFile.Find(file) is not { } download) return NotFound();
        var query = WorkbenchQuery.From(Request.Query, forDataset: true);
        if (datasets.Find(query.Dataset) is not { } dataset) return StatusCode(StatusCodes.Status400BadRequest);
        return Serve(download, new WorkbenchSource(dataset.FileName, dataset.Csv, dataset), query, $"/evidence?{query.QueryString()}");
    }

    public async Task<IActionResult> OnPostAsync(string file, CancellationToken cancellationToken)
    {
        if (DownloadFile.Find(file) is not { } download) return NotFound();
        var rows = await UploadedRows.ReadAsync(Request.Form, cancellationToken);
        if (rows.Problem is not null) return StatusCode(StatusCodes.Status400BadRequest);
        var query = WorkbenchQuery.From(Request.Form, forDataset: false);
        return Serve(download, new WorkbenchSource(rows.Name!, rows.Csv!, null), query, "(uploaded rows; the R code below inlines them)");
    }

    private IActionResult Serve(DownloadFile download, WorkbenchSource source, WorkbenchQuery query, string link)
    {
        var name = download.SaveAs(source.Name);
        if (download.Path.StartsWith("forest.", StringComparison.Ordinal) || download.Path.StartsWith("funnel.", StringComparison.Ordinal))
        {
            var kind = download.Path.StartsWith("forest.", StringComparison.Ordinal) ? PlotKind.Forest : PlotKind.Funnel;
            var format = download.Path.EndsWith(".png", StringComparison.Ordinal) ? PlotFormat.Png : PlotFormat.Svg;
            var image = workbench.Plot(source, query, kind, format);
            return image.TryGetValue(out var bytes) ? File(bytes, download.MediaType, name) : Failed(image.Diagnostics.Any(d => d.Option is not null));
        }

        var result = workbench.Analyse(source, query);
        if (!result.IsSuccess) return Failed(result.IsBadRequest);
        var text = download.Path switch
        {
            "data.csv" => EscalcCsv.Write(result.Rma!.Studies),
            "result.json" => JsonSerializer.Serialize(result.Rma!.Report, ContractJson.Wire),
            _ => RCode.For(source, query, link.StartsWith('/') ? $"{Request.Scheme}://{Request.Host}{link}" : link),
        };
        return File(Encoding.UTF8.GetBytes(text), download.MediaType + "; charset=utf-8", name);
    }

    private StatusCodeResult Failed(bool badRequest) =>
        StatusCode(badRequest ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity);
}
