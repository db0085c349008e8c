using Microsoft.Extensions.Options;
using Spinewise.Fhir.Bulk;
using Spinewise.Web.Hosting;
using Spinewise.Web.Problems;

namespace Spinewise.Web.Features.Screenings;

/// <summary>
/// The folders exports may be read from (<c>Spinewise:Screening:Roots</c>, symbolic links resolved) and the report folder;
/// checks an export folder against them. Used when a job is submitted and again by the replica that runs it.
/// </summary>
internal sealed class ScreeningRoots(IOptions<SpinewiseWebOptions> options)
{
    private readonly Lazy<IReadOnlyList<string>> _roots = new(() =>
        [.. options.Value.Screening.Roots.Where(r => !string.IsNullOrWhiteSpace(r)).Select(RealPath.Resolve)]);

    public bool Enabled => options.Value.Screening.Enabled;

    /// <summary>The folder the reports go in, one folder per job id (full path).</summary>
    public string ReportDirectory => Path.GetFullPath(options.Value.Screening.ReportDirectory is { Length: > 0 } configured
        ? configured
        : Path.Combine(options.Value.DataDirectory, "screenings"));

    /// <summary>Whether the resolved path lies in a root.</summary>
    public bool Allows(string resolved) => _roots.Value.Any(root => RealPath.IsWithin(resolved, root));

    /// <summary>
    /// Resolves <paramref name="export"/> and finds its files: the resolved folder and its files, or why not — outside the roots
    /// (<paramref name="forbidden"/>), missing, unreadable or holding no export files (each a problem at <c>$.export</c>).
    /// </summary>
    public (string Folder, IReadOnlyList<BulkFile> Files)? Check(string export, out bool forbidden, out ProblemError? problem)
    {
        forbidden = false;
        problem = null;
        string resolved;
        try
        {
            resolved = RealPath.Resolve(export);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            problem = new ProblemError("invalid-field", $"export '{export}' cannot be resolved: {ex.Message}", "$.export");
            return null;
        }

        if (!Allows(resolved))
        {
            forbidden = true;
            return null;
        }

        if (!Directory.Exists(resolved))
        {
            problem = new ProblemError("invalid-field", $"export '{export}' is not a folder on this server.", "$.export");
            return null;
        }

        try
        {
            var files = BulkExport.Find(resolved);
            if (files.Count == 0)
            {
                problem = new ProblemError("invalid-field",
                    $"export '{export}' holds no NDJSON files of the types read ({string.Join(", ", BulkExport.ResourceTypes)} as TYPE.ndjson, TYPE.NNN.ndjson or .ndjson.gz).", "$.export");
                return null;
            }

            return (resolved, files);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = new ProblemError("invalid-field", $"export '{export}' cannot be read: {ex.Message}", "$.export");
            return null;
        }
    }
}
