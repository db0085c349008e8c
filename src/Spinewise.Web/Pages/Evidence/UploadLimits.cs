namespace Spinewise.Web.Pages.Evidence;

/// <summary>How large uploaded or pasted rows may be: parsed in memory, never stored.</summary>
internal static class UploadLimits
{
    /// <summary>The largest CSV accepted (file or pasted text), in bytes.</summary>
    public const int MaxCsvBytes = 512 * 1024;

    /// <summary>The largest request of the upload form and the re-posted downloads (the CSV, the options and the multipart framing).</summary>
    public const int MaxRequestBytes = MaxCsvBytes + (64 * 1024);

    /// <summary>The longest file name kept.</summary>
    public const int MaxNameLength = 120;
}
