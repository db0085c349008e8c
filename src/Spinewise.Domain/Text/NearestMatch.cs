namespace Spinewise.Domain.Text;

/// <summary>Finds the known ids nearest to an unknown one, to suggest them in error messages.</summary>
public static class NearestMatch
{
    /// <summary>
    /// The candidates closest to <paramref name="unknown"/> by edit distance (case-insensitive), best first; a candidate
    /// that contains the unknown text, or is contained in it, counts as close.
    /// </summary>
    /// <param name="unknown">The id that was not found.</param>
    /// <param name="candidates">Known ids.</param>
    /// <param name="max">At most this many suggestions.</param>
    public static IReadOnlyList<string> Find(string unknown, IEnumerable<string> candidates, int max = 3)
    {
        ArgumentNullException.ThrowIfNull(unknown);
        ArgumentNullException.ThrowIfNull(candidates);
        var needle = unknown.ToLowerInvariant();
        return candidates
            .Select(c => (Candidate: c, Distance: Score(needle, c.ToLowerInvariant())))
            .Where(x => x.Distance <= Math.Max(2, Math.Max(needle.Length, x.Candidate.Length) / 3))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .Take(max)
            .Select(x => x.Candidate)
            .ToList();
    }

    /// <summary>
    /// The "did you mean" hint of an error message about <paramref name="unknown"/>: <c>; did you mean 'a' or 'b'?</c> with
    /// the nearest candidates (<see cref="Find"/>), or <paramref name="otherwise"/> when none is near.
    /// </summary>
    /// <param name="unknown">The id, key or name that was not found.</param>
    /// <param name="candidates">Known ones.</param>
    /// <param name="max">At most this many suggestions.</param>
    /// <param name="otherwise">The text when no candidate is near (e.g. <c>; allowed: a, b</c>); empty by default.</param>
    public static string Hint(string unknown, IEnumerable<string> candidates, int max = 3, string otherwise = "")
    {
        ArgumentNullException.ThrowIfNull(otherwise);
        var nearest = Find(unknown, candidates, max);
        return nearest.Count > 0 ? $"; did you mean {string.Join(" or ", nearest.Select(n => $"'{n}'"))}?" : otherwise;
    }

    private static int Score(string needle, string candidate)
    {
        if (needle.Length > 0 && (candidate.Contains(needle, StringComparison.Ordinal) || needle.Contains(candidate, StringComparison.Ordinal)))
        {
            return 1;
        }

        return Levenshtein(needle, candidate);
    }

    /// <summary>Levenshtein edit distance between two strings.</summary>
    /// <param name="a">First string.</param>
    /// <param name="b">Second string.</param>
    public static int Levenshtein(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
