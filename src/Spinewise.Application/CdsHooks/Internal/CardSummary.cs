namespace Spinewise.Application.CdsHooks.Internal;

/// <summary>
/// Builds a summary within the specification's limit (<see cref="CdsCard.MaxSummaryLength"/>): the head, then the
/// parts, most important first, each with its wordings from longest to shortest. Every part starts in its shortest
/// wording; the least important parts are left out while even that does not fit; then, most important first, each part
/// takes the longest wording that still fits. Then each optional part is added, in its longest wording that fits, or
/// left out. A head that alone is too long is cut with an ellipsis.
/// </summary>
internal static class CardSummary
{
    private const string First = ": ";
    private const string Next = "; ";

    public static string Build(string head, IReadOnlyList<string[]> parts, IReadOnlyList<string[]>? optional = null)
    {
        var max = CdsCard.MaxSummaryLength;
        head = head.Length <= max ? head : head[..(max - 1)].TrimEnd() + "…";
        var chosen = parts.Select(p => p[^1]).ToList();
        while (chosen.Count > 0 && Length(head, chosen) > max)
        {
            chosen.RemoveAt(chosen.Count - 1);
        }

        for (var i = 0; i < chosen.Count; i++)
        {
            foreach (var wording in parts[i])
            {
                var previous = chosen[i];
                chosen[i] = wording;
                if (Length(head, chosen) <= max)
                {
                    break;
                }

                chosen[i] = previous;
            }
        }

        foreach (var wordings in optional ?? [])
        {
            if (wordings.FirstOrDefault(w => Length(head, [.. chosen, w]) <= max) is { } fitting)
            {
                chosen.Add(fitting);
            }
        }

        return chosen.Count == 0 ? head : head + First + string.Join(Next, chosen);
    }

    private static int Length(string head, List<string> parts) =>
        head.Length + (parts.Count == 0 ? 0 : First.Length + parts.Sum(p => p.Length) + (Next.Length * (parts.Count - 1)));
}
