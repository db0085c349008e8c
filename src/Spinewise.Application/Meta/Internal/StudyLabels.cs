using System.Collections;
using System.Globalization;

namespace Spinewise.Application.Meta.Internal;

/// <summary>
/// Study labels in row order: a label column's cell where it has one, otherwise "Study N" (1-based), made when read, so
/// a million studies without a label column cost no strings until a plot or a report names them.
/// </summary>
/// <param name="count">The number of studies.</param>
/// <param name="cells">The label column's cells (null = none given), or null when there is no label column.</param>
internal sealed class StudyLabels(int count, IReadOnlyList<string?>? cells = null) : IReadOnlyList<string>
{
    public int Count => count;

    public string this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
            return cells?[index] ?? string.Create(CultureInfo.InvariantCulture, $"Study {index + 1}");
        }
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (int i = 0; i < count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
