using System.Diagnostics.CodeAnalysis;

namespace Spinewise.Application.Meta;

/// <summary>The outcome of a meta-analysis use case: either a value, or every diagnostic of the request — never both, never neither.</summary>
/// <typeparam name="T">The value's type.</typeparam>
public sealed class MetaResult<T>
    where T : class
{
    private readonly T? _value;

    private MetaResult(T? value, IReadOnlyList<MetaDiagnostic> diagnostics)
    {
        _value = value;
        Diagnostics = diagnostics;
    }

    /// <summary>Whether there is a value (and no diagnostic).</summary>
    [MemberNotNullWhen(true, nameof(_value))]
    public bool IsSuccess => _value is not null;

    /// <summary>The value.</summary>
    /// <exception cref="InvalidOperationException">The request failed (read <see cref="Diagnostics"/>).</exception>
    public T Value => _value ?? throw new InvalidOperationException("The request failed; read Diagnostics.");

    /// <summary>Every problem of the request; empty on success.</summary>
    public IReadOnlyList<MetaDiagnostic> Diagnostics { get; }

    internal static MetaResult<T> Ok(T value) => new(value ?? throw new ArgumentNullException(nameof(value)), []);

    internal static MetaResult<T> Failed(IReadOnlyList<MetaDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (diagnostics.Count == 0) throw new ArgumentException("a failure needs at least one diagnostic", nameof(diagnostics));
        return new(null, [.. diagnostics]);
    }

    /// <summary>The value when there is one.</summary>
    /// <param name="value">The value, or null on failure.</param>
    /// <returns>Whether there is a value.</returns>
    public bool TryGetValue([NotNullWhen(true)] out T? value)
    {
        value = _value;
        return value is not null;
    }
}
