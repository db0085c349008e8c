using System.Text;

namespace Spinewise.Web.Pages.Evidence;

/// <summary>
/// The rows of the upload form: the chosen file if there is one, else the pasted (or kept) CSV text; read into memory
/// as strict UTF-8 and never written anywhere. A problem names what is wrong (size, encoding with its line).
/// </summary>
/// <param name="Name">The name the rows go by (the file's name without its folder, or "pasted CSV").</param>
/// <param name="Csv">The text, or null when none was given.</param>
/// <param name="Problem">What is wrong, or null.</param>
internal sealed record UploadedRows(string? Name, string? Csv, string? Problem)
{
    public const string FileField = "file";
    public const string NameField = "csvname";
    public const string Pasted = "pasted CSV";

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<UploadedRows> ReadAsync(IFormCollection form, CancellationToken cancellationToken)
    {
        var file = form.Files.GetFile(FileField);
        var kept = form[WorkbenchErrors.CsvField].ToString();
        var keptName = Clean(form[NameField].ToString());
        if (file is null || file.Length == 0)
        {
            if (string.IsNullOrWhiteSpace(kept)) return new(keptName, null, "Choose a CSV file, or paste the rows with a header row.");
            return Encoding.UTF8.GetByteCount(kept) > UploadLimits.MaxCsvBytes
                ? new(keptName, kept, $"The rows are larger than {UploadLimits.MaxCsvBytes / 1024} KB.")
                : new(keptName ?? Pasted, kept, null);
        }

        var name = Clean(Path.GetFileName(file.FileName)) ?? "uploaded CSV";
        if (file.Length > UploadLimits.MaxCsvBytes) return new(name, kept, $"{name} is larger than {UploadLimits.MaxCsvBytes / 1024} KB.");
        using var buffer = new MemoryStream((int)file.Length);
        await using (var stream = file.OpenReadStream())
        {
            await stream.CopyToAsync(buffer, cancellationToken);
        }

        var bytes = buffer.ToArray();
        int start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            return new(name, kept, $"{name} is UTF-16 text; save it as UTF-8 CSV.");
        }

        try
        {
            return new(name, Strict.GetString(bytes, start, bytes.Length - start), null);
        }
        catch (DecoderFallbackException ex)
        {
            int at = Math.Clamp(ex.Index, 0, bytes.Length - start);
            int line = 1 + bytes.AsSpan(start, at).Count((byte)'\n');
            return new(name, kept, $"{name}, line {line}: a byte that is not UTF-8 text; save the file as UTF-8 CSV.");
        }
    }

    private static string? Clean(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var clean = new string([.. name.Where(c => !char.IsControl(c))]).Trim();
        return clean.Length == 0 ? null : clean.Length > UploadLimits.MaxNameLength ? clean[..UploadLimits.MaxNameLength] : clean;
    }
}
