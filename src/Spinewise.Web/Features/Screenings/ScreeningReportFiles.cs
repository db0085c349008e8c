using Spinewise.Persistence.Screening;

namespace Spinewise.Web.Features.Screenings;

/// <summary>The files of a succeeded job's report folder, as this replica sees them (the report directory is shared storage between replicas).</summary>
internal static class ScreeningReportFiles
{
    public static IReadOnlyList<ScreeningFileContract>? List(ScreeningJobRecord job)
    {
        if (job.State != ScreeningJobState.Succeeded || !Directory.Exists(job.Report))
        {
            return null;
        }

        return [.. new DirectoryInfo(job.Report).EnumerateFiles()
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => new ScreeningFileContract(f.Name, f.Length, MediaType(f.Name), $"/api/screenings/{job.Id}/files/{Uri.EscapeDataString(f.Name)}"))];
    }

    /// <summary>The full path of the report's file <paramref name="name"/> — only a name the folder lists, so no path can leave it.</summary>
    public static string? Find(ScreeningJobRecord job, string name) =>
        List(job)?.Any(f => string.Equals(f.Name, name, StringComparison.Ordinal)) == true ? Path.Combine(job.Report, name) : null;

    public static string MediaType(string name) => Path.GetExtension(name) switch
    {
        ".json" => "application/json",
        ".ndjson" => "application/x-ndjson",
        ".csv" => "text/csv; charset=utf-8",
        ".md" => "text/markdown; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
