using Spinewise.Application.Meta.Text;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Spinewise.Evidence.Plots;

namespace Spinewise.Web.Pages.Evidence;

/// <summary>
/// <c>/evidence</c>, the evidence workbench: choose a practice dataset (GET, a linkable URL of dataset and options) or
/// upload or paste CSV (POST, antiforgery; parsed in memory, never stored), pick the model, and see metafor's summary,
/// forest and funnel plots, leave-one-out and influence, with downloads. Bad options or rows: the form again with
/// each problem beside its field, everything typed kept, status 400 (422 for data that cannot be analysed).
/// </summary>
[RequestSizeLimit(UploadLimits.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.MaxRequestBytes)]
internal sealed class IndexModel(EvidenceDatasets datasets, EvidenceWorkbench workbench, KnowledgeEvidence knowledge) : PageModel
{
    public EvidenceDatasets Datasets => datasets;

    public KnowledgeEvidence Knowledge => knowledge;

    public WorkbenchQuery Query { get; private set; } = WorkbenchQuery.From([], forDataset: true);

    public WorkbenchSource? Source { get; private set; }

    public WorkbenchResult? Result { get; private set; }

    public WorkbenchErrors Errors { get; } = new();

    /// <summary>The CSV text of uploaded or pasted rows, kept for the next run.</summary>
    public string? Csv { get; private set; }

    /// <summary>The uploaded file's name, kept with its rows.</summary>
    public string? CsvName { get; private set; }

    /// <summary>Whether this is the upload form's answer (POST) rather than a dataset's (GET).</summary>
    public bool IsUpload { get; private set; }

    public string? Summary { get; private set; }

    public string? ForestSrc { get; private set; }

    public string? FunnelSrc { get; private set; }

    /// <summary>The query string of this analysis (dataset and options), for its permanent link, images and downloads.</summary>
    public string Link => Query.QueryString();

    public IActionResult OnGet()
    {
        Query = WorkbenchQuery.From(Request.Query, forDataset: true);
        if (Query.IsEmpty) return Page();
        var dataset = datasets.Find(Query.Dataset);
        if (dataset is null)
        {
            Errors.Add(WorkbenchErrors.DatasetField, Query.Dataset is null
                ? "Choose a dataset (or upload rows below)."
                : $"There is no dataset '{Query.Dataset}'; choose one of {string.Join(", ", datasets.All.Select(d => d.Id))}.");
            return Status(StatusCodes.Status400BadRequest);
        }

        Source = new WorkbenchSource(dataset.FileName, dataset.Csv, dataset);
        if (!Run()) return Status(Result!.IsBadRequest ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity);
        ForestSrc = $"/evidence/plot/forest.svg?{Link}";
        FunnelSrc = $"/evidence/plot/funnel.svg?{Link}";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        IsUpload = true;
        Query = WorkbenchQuery.From(Request.Form, forDataset: false);
        var rows = await UploadedRows.ReadAsync(Request.Form, cancellationToken);
        Csv = rows.Csv;
        CsvName = rows.Name;
        if (rows.Problem is { } problem)
        {
            Errors.Add(WorkbenchErrors.CsvField, problem);
            return Status(StatusCodes.Status400BadRequest);
        }

        Source = new WorkbenchSource(rows.Name!, rows.Csv!, null);
        if (!Run()) return Status(Result!.IsBadRequest ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity);
        ForestSrc = DataUri(PlotKind.Forest);
        FunnelSrc = DataUri(PlotKind.Funnel);
        return Page();
    }

    private bool Run()
    {
        Result = workbench.Analyse(Source!, Query);
        if (!Result.IsSuccess)
        {
            Errors.AddAll(Result.Diagnostics, Source!.Dataset is not null);
            return false;
        }

        Summary = SummaryPlainText.Render(RmaSummary.Of(Result.Rma!.Result, Result.Rma.Studies.Measure));
        return true;
    }

    private string? DataUri(PlotKind kind)
    {
        var image = workbench.Plot(Source!, Query, kind, PlotFormat.Svg);
        if (!image.TryGetValue(out var bytes))
        {
            Errors.Add(null, $"The {kind.ToString().ToLowerInvariant()} plot could not be drawn: {string.Join(" ", image.Diagnostics.Select(d => d.Message))}");
            return null;
        }

        return "data:image/svg+xml;base64," + Convert.ToBase64String(bytes);
    }

    private PageResult Status(int status)
    {
        Response.StatusCode = status;
        return Page();
    }
}
