namespace Spinewise.Domain.Diagnostics;

/// <summary>
/// Where a problem is: the input (a file, or another name such as <c>request body</c>), the 1-based line and column when
/// the input is text and they are known, and the path of the field inside it — a JSON path (<c>$.findings.nprs</c>), a
/// YAML field (<c>topics[15].recommendations[2].grade</c>), a CSV row and column, a query parameter or a resource path
/// (<c>Condition/123.code</c>); empty when the problem is the whole input.
/// </summary>
public sealed record DiagnosticLocation
{
    /// <summary>A location in an input.</summary>
    /// <param name="file">The file, or another name of the input.</param>
    /// <param name="line">1-based line, or <see langword="null"/> when unknown.</param>
    /// <param name="column">1-based column, or <see langword="null"/> when unknown (always so when the line is).</param>
    /// <param name="path">The field path inside the input, or empty.</param>
    public DiagnosticLocation(string file, int? line, int? column, string path)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(path);
        if (line is < 1 || column is < 1 || (line is null && column is not null))
        {
            throw new ArgumentOutOfRangeException(nameof(line), "line and column are 1-based, and a column needs its line");
        }

        (File, Line, Column, Path) = (file, line, column, path);
    }

    /// <summary>A field of an input that has no lines (built by code, or mapped from another format).</summary>
    /// <param name="file">The input's name.</param>
    /// <param name="path">The field path.</param>
    public DiagnosticLocation(string file, string path)
        : this(file, null, null, path)
    {
    }

    /// <summary>The file, or another name of the input (e.g. <c>request body</c>).</summary>
    public string File { get; }

    /// <summary>1-based line, or <see langword="null"/> when unknown.</summary>
    public int? Line { get; }

    /// <summary>1-based column, or <see langword="null"/> when unknown.</summary>
    public int? Column { get; }

    /// <summary>The field path inside the input (JSON path, YAML field, CSV row and column, query parameter), or empty.</summary>
    public string Path { get; }

    /// <summary>This location with another field path (same input, line and column).</summary>
    /// <param name="path">The field path.</param>
    public DiagnosticLocation WithPath(string path) => new(File, Line, Column, path);

    /// <summary><c>file:line:column path</c>, leaving out what is not known.</summary>
    public override string ToString()
    {
        var position = Line is { } line ? Column is { } column ? $"{File}:{line}:{column}" : $"{File}:{line}" : File;
        return Path.Length == 0 ? position : $"{position} {Path}";
    }
}
