using Spinewise.Evidence.Network;

namespace Spinewise.Evidence.Plots.Internal;

/// <summary>The k × k league table: the treatments in order and, off the diagonal, row minus column.</summary>
internal sealed class LeagueCells
{
    private readonly NetworkContrast?[,] _cells;

    private LeagueCells(IReadOnlyList<string> treatments, NetworkContrast?[,] cells) => (Treatments, _cells) = (treatments, cells);

    public IReadOnlyList<string> Treatments { get; }

    /// <summary>Row minus column (null on the diagonal).</summary>
    public NetworkContrast? this[int row, int column] => _cells[row, column];

    /// <summary>Fills the table from every pair given once (either way round); throws naming what is missing, repeated or unknown.</summary>
    public static LeagueCells Of(IReadOnlyList<NetworkContrast> pairwise, IReadOnlyList<string>? order)
    {
        ContrastCheck.All(pairwise, nameof(pairwise));
        var seen = pairwise.SelectMany(c => new[] { c.Treatment1, c.Treatment2 }).Distinct(StringComparer.Ordinal).ToList();
        var treatments = order is null ? seen : Ordered(order, seen);
        var index = treatments.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        int k = treatments.Count;
        var cells = new NetworkContrast?[k, k];
        foreach (var c in pairwise)
        {
            int i = index[c.Treatment1], j = index[c.Treatment2];
            if (cells[i, j] is not null)
            {
                throw new ArgumentException($"The pair '{c.Treatment1}' and '{c.Treatment2}' is given twice.", nameof(pairwise));
            }

            cells[i, j] = c;
            cells[j, i] = ContrastCheck.Reverse(c);
        }

        var missing = new List<string>();
        for (int i = 0; i < k; i++)
        {
            for (int j = i + 1; j < k; j++)
            {
                if (cells[i, j] is null) missing.Add($"{treatments[i]} - {treatments[j]}");
            }
        }

        if (missing.Count > 0)
        {
            string shown = string.Join(", ", missing.Take(5)) + (missing.Count > 5 ? $" and {missing.Count - 5} more" : "");
            throw new ArgumentException($"A league table needs every pair of its {k} treatments; {missing.Count} are missing: {shown}.", nameof(pairwise));
        }

        return new LeagueCells(treatments, cells);
    }

    private static List<string> Ordered(IReadOnlyList<string> order, List<string> seen)
    {
        var unknown = order.Where(t => !seen.Contains(t)).ToList();
        var absent = seen.Where(t => !order.Contains(t)).ToList();
        var twice = order.GroupBy(t => t, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (unknown.Count + absent.Count + twice.Count > 0)
        {
            var problems = new[] { ("not in the contrasts", unknown), ("missing from the order", absent), ("listed twice", twice) }
                .Where(p => p.Item2.Count > 0).Select(p => $"{p.Item1}: {string.Join(", ", p.Item2)}");
            throw new ArgumentException($"The treatment order must list each treatment of the contrasts once ({string.Join("; ", problems)}).", nameof(order));
        }

        return [.. order];
    }
}
