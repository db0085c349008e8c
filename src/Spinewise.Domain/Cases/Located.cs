using Spinewise.Domain.Diagnostics;

namespace Spinewise.Domain.Cases;

/// <summary>
/// A value as given in an input, with where it was given (or <see langword="null"/> when built by code, when problems
/// are reported at the field's path in the case format). A plain value converts to it implicitly: <c>Age = 67</c>.
/// </summary>
/// <param name="Value">The value as given.</param>
/// <param name="Location">Where it was given, or <see langword="null"/>.</param>
/// <typeparam name="T">The value's type.</typeparam>
public readonly record struct Located<T>(T Value, DiagnosticLocation? Location = null)
{
    /// <summary>A value without a location.</summary>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/> (leave the field <see langword="null"/> instead).</exception>
    public static implicit operator Located<T>(T value) => value is null ? throw new ArgumentNullException(nameof(value)) : new(value);
}
