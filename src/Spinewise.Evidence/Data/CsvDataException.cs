namespace Spinewise.Evidence.Data;

/// <summary>Bad CSV input: the message names the source, and the data row (1-based, header excluded) and column when known.</summary>
public sealed class CsvDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">File name (or other source label).</param>
    /// <param name="row">1-based data row (the first row after the header is 1), or null.</param>
    /// <param name="column">Column name, or null.</param>
    /// <param name="problem">What is wrong.</param>
    public CsvDataException(string source, int? row, string? column, string problem)
        : base(Format(source, row, column, problem))
    {
        Source = source;
        Row = row;
        Column = column;
        Problem = problem;
    }

    /// <summary>Creates an exception without location (required by the exception pattern).</summary>
    public CsvDataException() : this("input", null, null, "invalid CSV data") { }

    /// <summary>Creates an exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public CsvDataException(string message) : this("input", null, null, message) { }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CsvDataException(string message, Exception innerException) : base(message, innerException)
    {
        Source = "input";
        Problem = message;
    }

    /// <summary>File name (or other source label).</summary>
    public new string Source { get; }

    /// <summary>1-based data row (header excluded), or null.</summary>
    public int? Row { get; }

    /// <summary>Column name, or null.</summary>
    public string? Column { get; }

    /// <summary>The problem without location.</summary>
    public string Problem { get; }

    private static string Format(string source, int? row, string? column, string problem)
    {
        var where = source;
        if (row is { } r) where += $", row {r} (line {r + 1})";
        if (column is not null) where += $", column '{column}'";
        return $"{where}: {problem}";
    }
}
