using System.Diagnostics.CodeAnalysis;

namespace Spinewise.Domain.Diagnostics;

/// <summary>
/// The outcome of reading or validating input: a value, or every problem found — never both, never neither. Build it with
/// <see cref="Success"/> or <see cref="Failure"/>; read it with <see cref="TryGetValue"/> (or <see cref="Value"/>, which
/// throws on a failure).
/// </summary>
/// <typeparam name="T">The value read.</typeparam>
public sealed class Result<T>
{
    private readonly T? _value;

    private Result(T? value, IReadOnlyList<Diagnostic> diagnostics)
    {
        _value = value;
        Diagnostics = diagnostics;
    }

    /// <summary>True when there is a value (and no diagnostics).</summary>
    [MemberNotNullWhen(true, nameof(_value))]
    public bool IsSuccess => Diagnostics.Count == 0;

    /// <summary>Every problem found, in input order; empty on success.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The value.</summary>
    /// <exception cref="InvalidOperationException">The result is a failure (reading it is a bug: check first).</exception>
    public T Value => IsSuccess
        ? _value
        : throw new InvalidOperationException($"The result is a failure with {Diagnostics.Count} diagnostic(s), the first: {Diagnostics[0]}");

    /// <summary>A result with a value.</summary>
    /// <param name="value">The value (not <see langword="null"/>).</param>
    [SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "The factories are the only way to build a result (private constructor), as NodaTime's ParseResult<T>.ForValue.")]
    public static Result<T> Success(T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new Result<T>(value, []);
    }

    /// <summary>A result with every problem found and no value.</summary>
    /// <param name="diagnostics">At least one diagnostic; copied.</param>
    /// <exception cref="ArgumentException">No diagnostics were given.</exception>
    [SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "The factories are the only way to build a result (private constructor), as NodaTime's ParseResult<T>.ForValue.")]
    public static Result<T> Failure(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        Diagnostic[] copy = [.. diagnostics];
        if (copy.Length == 0)
        {
            throw new ArgumentException("A failure needs at least one diagnostic.", nameof(diagnostics));
        }

        if (Array.IndexOf(copy, null) >= 0)
        {
            throw new ArgumentException("A diagnostic is null.", nameof(diagnostics));
        }

        return new Result<T>(default, copy);
    }

    /// <summary>The value, when there is one.</summary>
    /// <param name="value">The value on success; default otherwise.</param>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return IsSuccess;
    }

    /// <summary>The failure of another value with these diagnostics (this must be a failure).</summary>
    /// <typeparam name="TOther">The other value's type.</typeparam>
    /// <exception cref="InvalidOperationException">This is a success.</exception>
    public Result<TOther> AsFailure<TOther>() => IsSuccess
        ? throw new InvalidOperationException("A success cannot become a failure.")
        : Result<TOther>.Failure(Diagnostics);

    /// <inheritdoc />
    public override string ToString() => IsSuccess ? $"Success({_value})" : $"Failure({Diagnostics.Count} diagnostic(s))";
}
