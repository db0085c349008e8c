namespace Spinewise.Application.Meta;

/// <summary>Builds <see cref="MetaResult{T}"/>s.</summary>
public static class MetaResult
{
    /// <summary>A success.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The result.</returns>
    public static MetaResult<T> Success<T>(T value)
        where T : class => MetaResult<T>.Ok(value);

    /// <summary>A failure.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="diagnostics">At least one diagnostic.</param>
    /// <returns>The result.</returns>
    public static MetaResult<T> Failure<T>(IReadOnlyList<MetaDiagnostic> diagnostics)
        where T : class => MetaResult<T>.Failed(diagnostics);
}
