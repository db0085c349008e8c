using System.Text.Json.Serialization;
using Spinewise.Application.Meta.Internal;

namespace Spinewise.Application.Meta;

/// <summary>
/// A number of the meta-analysis contracts, written as metafor's reference cases write it: NA/NaN as <c>null</c>,
/// infinities as <c>"Inf"</c> and <c>"-Inf"</c>, anything else as a JSON number.
/// </summary>
/// <param name="Value">The value (NaN for NA).</param>
[JsonConverter(typeof(MetaNumberConverter))]
public readonly record struct MetaNumber(double Value)
{
    /// <summary>Wraps a double.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator MetaNumber(double value) => new(value);

    /// <summary>Wraps a double.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The number.</returns>
    public static MetaNumber FromDouble(double value) => new(value);

    /// <summary>Wraps each value.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The numbers.</returns>
    public static IReadOnlyList<MetaNumber> List(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values is not IReadOnlyList<double> known)
        {
            return [.. values.Select(v => new MetaNumber(v))];
        }

        var numbers = new MetaNumber[known.Count]; // one array of the known size, not a list grown by doubling
        for (int i = 0; i < numbers.Length; i++)
        {
            numbers[i] = new MetaNumber(known[i]);
        }

        return numbers;
    }

    /// <summary>One value as a one-element list (metafor's vectors of length 1).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The list.</returns>
    public static IReadOnlyList<MetaNumber> One(double value) => [new(value)];
}
