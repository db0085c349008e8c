using System.Diagnostics.CodeAnalysis;

namespace Spinewise.Application;

/// <summary>
/// What a use case returns: its value, or the <see cref="UseCaseFailure"/> that bad input led to — never both, never
/// neither. Bugs are thrown, not returned.
/// </summary>
/// <typeparam name="T">The value's type (a contract).</typeparam>
public sealed class Outcome<T>
    where T : class
{
    private readonly T? _value;
    private readonly UseCaseFailure? _failure;

    private Outcome(T? value, UseCaseFailure? failure)
    {
        _value = value;
        _failure = failure;
    }

    /// <summary>True when the use case produced its value.</summary>
    public bool IsSuccess => _value is not null;

    /// <summary>The value; throws when the use case failed.</summary>
    public T Value => _value ?? throw new InvalidOperationException($"The use case failed: {_failure}");

    /// <summary>The failure; throws when the use case succeeded.</summary>
    public UseCaseFailure Failure => _failure ?? throw new InvalidOperationException("The use case succeeded.");

    /// <summary>The value, or the failure.</summary>
    /// <param name="value">The value when the use case succeeded.</param>
    /// <param name="failure">The failure when it did not.</param>
    /// <returns>True when the use case succeeded.</returns>
    public bool TryGetValue([NotNullWhen(true)] out T? value, [NotNullWhen(false)] out UseCaseFailure? failure)
    {
        (value, failure) = (_value, _failure);
        return value is not null;
    }

    /// <summary>A successful outcome.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator Outcome<T>(T value) => new(value ?? throw new ArgumentNullException(nameof(value)), null);

    /// <summary>A failed outcome.</summary>
    /// <param name="failure">Why it failed.</param>
    public static implicit operator Outcome<T>(UseCaseFailure failure) => new(null, failure ?? throw new ArgumentNullException(nameof(failure)));
}
