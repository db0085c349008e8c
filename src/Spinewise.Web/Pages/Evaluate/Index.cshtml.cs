using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Spinewise.Application;
using Spinewise.Application.Contracts;
using Spinewise.Application.Evaluations;
using Spinewise.Application.Json;
using Spinewise.Domain.Diagnostics;
using Spinewise.Persistence;
using Spinewise.Web.Features.CdsHooks;
using Spinewise.Web.Features.Evaluations;
using Spinewise.Web.Hosting;

namespace Spinewise.Web.Pages.Evaluate;

/// <summary>
/// <c>/evaluate</c>: a case typed in the form (every field optional, "unknown" a choice), or case JSON or a FHIR R4
/// Bundle pasted or uploaded (parsed in memory, never stored as a file). A valid one is evaluated and stored exactly as
/// <c>POST /api/evaluate</c> stores it, then answered 303 to <c>/evaluations/{id}</c>; an invalid one comes back with
/// every problem beside its field and everything typed kept. <c>?from={id}</c> fills the form from a stored evaluation.
/// </summary>
[Authorize(Policy = AuthSetup.StoredEvaluations)]
[RequestFormLimits(MemoryBufferThreshold = RequestLimitBytes, MultipartBodyLengthLimit = RequestLimitBytes)]
[TooLargeUpload]
internal sealed class IndexModel(
    KnowledgeHost host, EvaluateCase evaluateCase, EvaluateFhirBundle evaluateFhir, EvaluationRecorder recorder,
    IEvaluationStore store, CaseFormVocabulary vocabulary) : PageModel
{
    /// <summary>The largest case or Bundle accepted from a file or pasted (well under the host's body limit).</summary>
    public const int FormLimitBytes = 256 * 1024;

    /// <summary>The largest form accepted (a file and a pasted text at their limit, and the fields); held in memory, never buffered to disk.</summary>
    public const int RequestLimitBytes = FormLimitBytes * 3;

    public const int BlankHistoryRows = 2;

    [BindProperty]
    public CaseForm Form { get; set; } = new();

    [BindProperty]
    public string? CaseJson { get; set; }

    [BindProperty]
    public IFormFile? CaseFile { get; set; }

    [BindProperty]
    public string? FhirJson { get; set; }

    [BindProperty]
    public IFormFile? FhirFile { get; set; }

    [BindProperty]
    public string? FhirAsOf { get; set; }

    public FormErrors Errors { get; } = new();

    /// <summary>Which of the three inputs the problems concern: <c>form</c>, <c>json</c> or <c>fhir</c>.</summary>
    public string? FailedInput { get; private set; }

    /// <summary>The stored evaluation the form was filled from (<c>?from=</c>).</summary>
    public Guid? From { get; private set; }

    /// <summary>Whether that evaluation came from a FHIR chart (the form then holds the case the chart mapped to).</summary>
    public bool FromFhir { get; private set; }

    public DateOnly? FromAsOf { get; private set; }

    public CaseFormVocabulary Vocabulary => vocabulary;

    public DateOnly Today => host.Today;

    public async Task<IActionResult> OnGetAsync(string? from, bool tooLarge, CancellationToken cancellationToken)
    {
        if (tooLarge)
        {
            FailedInput = "upload";
            Errors.Add(null, $"The submission was larger than this service accepts ({Kilobytes(HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SpinewiseWebOptions>>().Value.Limits.MaxBodyBytes)}); nothing was read or stored. A case or a Bundle may be at most {Kilobytes(FormLimitBytes)}.");
        }

        if (from is null)
        {
            CaseFormFill.Pad(Form, BlankHistoryRows + 1);
            return Page();
        }

        if (await EvaluationsApi.FindAsync(from, store, cancellationToken) is not { } record || record.Channel == CdsHookRecorder.Channel)
        {
            return NotFound();
        }

        From = record.Id;
        FromAsOf = record.AsOf;
        if (string.Equals(record.InputContentType, EvaluateFhirBundle.MediaType, StringComparison.OrdinalIgnoreCase))
        {
            FromFhir = true;
            var stored = await HttpContext.RequestServices.GetRequiredService<StoredEvaluations>().HostForAsync(record.KnowledgeVersion, cancellationToken);
            if (!new EvaluateFhirBundle(stored).Execute(record.Input, EvaluateApi.InputName, record.AsOf).TryGetValue(out var chart, out _))
            {
                return NotFound();
            }

            Form = CaseFormFill.From(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(CaseJsonContract(chart), ContractJson.Wire), BlankHistoryRows);
            Form.AsOf ??= record.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            return Page();
        }

        Form = CaseFormFill.From(record.Input, BlankHistoryRows);
        return Page();
    }

    /// <summary>The case form: written as case JSON, then read, validated, evaluated and stored like any case.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        FailedInput = "form";
        var written = CaseFormJson.Write(Form, Errors);
        if (written is null)
        {
            return Redisplay();
        }

        if (!evaluateCase.Execute(written.Json, EvaluateApi.InputName, null).TryGetValue(out var evaluation, out var failure))
        {
            foreach (var diagnostic in Diagnostics(failure))
            {
                Errors.Add(FieldOf(diagnostic.Location.Path, written.Paths), Describe(diagnostic, withLine: false));
            }

            return Redisplay();
        }

        var (id, output) = await recorder.RecordAsync(written.Json, evaluation, cancellationToken);
        output.Dispose(); // the page shows the stored evaluation, not these bytes
        return new SeeOtherResult($"/evaluations/{id}");
    }

    /// <summary>One more blank history row (without JavaScript), everything typed kept.</summary>
    public IActionResult OnPostAddRow()
    {
        Form.History.Add(new HistoryRow());
        return Page();
    }

    /// <summary>Case JSON pasted or uploaded (docs/case.md).</summary>
    public async Task<IActionResult> OnPostJsonAsync(CancellationToken cancellationToken)
    {
        FailedInput = "json";
        var bytes = await InputAsync(CaseJson, CaseFile, FieldIds.CaseJson, FieldIds.CaseFile, "case JSON", cancellationToken);
        if (bytes is null)
        {
            return Redisplay();
        }

        CaseJson = Encoding.UTF8.GetString(bytes);
        if (!evaluateCase.Execute(bytes, EvaluateApi.InputName, null).TryGetValue(out var evaluation, out var failure))
        {
            foreach (var diagnostic in Diagnostics(failure))
            {
                Errors.Add(FieldIds.CaseJson, Describe(diagnostic, withLine: true));
            }

            return Redisplay();
        }

        var (id, output) = await recorder.RecordAsync(bytes, evaluation, cancellationToken);
        output.Dispose(); // the page shows the stored evaluation, not these bytes
        return new SeeOtherResult($"/evaluations/{id}");
    }

    /// <summary>A FHIR R4 Bundle pasted or uploaded (docs/fhir.md), evaluated as of the date given (today when blank).</summary>
    public async Task<IActionResult> OnPostFhirAsync(CancellationToken cancellationToken)
    {
        FailedInput = "fhir";
        DateOnly? asOf = null;
        if (!string.IsNullOrWhiteSpace(FhirAsOf))
        {
            if (DateOnly.TryParseExact(FhirAsOf.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
            {
                asOf = date;
            }
            else
            {
                Errors.Add(FieldIds.FhirAsOf, $"The evaluation date: “{FhirAsOf}” is not a date as YYYY-MM-DD (for example 2026-12-01), or leave it blank for today.");
            }
        }

        var bytes = await InputAsync(FhirJson, FhirFile, FieldIds.FhirJson, FieldIds.FhirFile, "FHIR Bundle", cancellationToken);
        if (bytes is null || Errors.Any)
        {
            return Redisplay();
        }

        FhirJson = Encoding.UTF8.GetString(bytes);
        if (!evaluateFhir.Execute(bytes, EvaluateApi.InputName, asOf).TryGetValue(out var chart, out var failure))
        {
            foreach (var diagnostic in Diagnostics(failure))
            {
                Errors.Add(FieldIds.FhirJson, Describe(diagnostic, withLine: true));
            }

            return Redisplay();
        }

        var (id, output) = await recorder.RecordAsync(bytes, chart, cancellationToken);
        output.Dispose(); // the page shows the stored evaluation, not these bytes
        return new SeeOtherResult($"/evaluations/{id}");
    }

    /// <summary>The page again with the problems, status 400 (the request was not accepted), nothing typed lost.</summary>
    private PageResult Redisplay()
    {
        CaseFormFill.Pad(Form, BlankHistoryRows);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>The upload (when a file was chosen) or the pasted text, within <see cref="FormLimitBytes"/>; null with a problem otherwise.</summary>
    private async Task<byte[]?> InputAsync(string? pasted, IFormFile? file, string textField, string fileField, string what, CancellationToken cancellationToken)
    {
        if (file is { Length: > 0 })
        {
            if (file.Length > FormLimitBytes)
            {
                Errors.Add(fileField, $"The file “{file.FileName}” is {Kilobytes(file.Length)}; a {what} may be at most {Kilobytes(FormLimitBytes)}. Nothing was read.");
                return null;
            }

            using var memory = new MemoryStream((int)file.Length);
            await using (var stream = file.OpenReadStream())
            {
                await stream.CopyToAsync(memory, cancellationToken);
            }

            return memory.ToArray();
        }

        if (string.IsNullOrWhiteSpace(pasted))
        {
            Errors.Add(textField, $"Paste a {what} here, or choose a file.");
            return null;
        }

        var bytes = Encoding.UTF8.GetBytes(pasted);
        if (bytes.Length > FormLimitBytes)
        {
            Errors.Add(textField, $"The pasted {what} is {Kilobytes(bytes.Length)}; it may be at most {Kilobytes(FormLimitBytes)}.");
            return null;
        }

        return bytes;
    }

    private static IReadOnlyList<Diagnostic> Diagnostics(UseCaseFailure failure) =>
        failure is InvalidCaseFailure invalid ? invalid.Diagnostics : [];

    /// <summary>The field a validator path concerns: the path itself, else its nearest parent written by the form.</summary>
    private static string? FieldOf(string path, IReadOnlyDictionary<string, string> paths)
    {
        for (var p = path; p.Length > 1;)
        {
            if (paths.TryGetValue(p, out var field))
            {
                return field;
            }

            var cut = Math.Max(p.LastIndexOf('.'), p.LastIndexOf('['));
            if (cut <= 1)
            {
                break;
            }

            p = p[..cut];
        }

        return null;
    }

    private static string Describe(Diagnostic diagnostic, bool withLine)
    {
        var location = diagnostic.Location;
        var where = new List<string>();
        if (withLine && location.Line is { } line)
        {
            where.Add(location.Column is { } column ? $"line {line}, column {column}" : $"line {line}");
        }

        if (location.Path.Length > 0)
        {
            where.Add(location.Path);
        }

        return (where.Count == 0 ? string.Empty : string.Join(", ", where) + ": ") + $"{diagnostic.Message} [{diagnostic.Code}]";
    }

    private static CaseJson CaseJsonContract(FhirEvaluation chart) => chart.Contract.Case;

    private static string Kilobytes(long bytes) => $"{Math.Ceiling(bytes / 1024.0):0} KB";
}
