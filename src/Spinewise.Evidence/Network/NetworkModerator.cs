namespace Spinewise.Evidence.Network;

/// <summary>
/// A study-level moderator for network meta-regression: numeric (e.g. mean age, or 0/1) or categorical (e.g. the
/// diagnosis, or the type of sham). A categorical moderator is coded as treatment contrasts against its first level in
/// ordinal order — R's default factor order for plain ASCII labels — so each interaction <c>treatment:nameLEVEL</c> is
/// the change of that treatment's effect in studies at LEVEL against studies at the reference level.
/// </summary>
public sealed record NetworkModerator
{
    /// <summary>A numeric moderator.</summary>
    /// <param name="name">The moderator's name (used in coefficient names <c>treatment:name</c>).</param>
    /// <param name="values">Study → value; every study needs a finite one.</param>
    public NetworkModerator(string name, IReadOnlyDictionary<string, double> values)
    {
        Name = name;
        Values = values;
    }

    private NetworkModerator(string name, IReadOnlyDictionary<string, string> levels)
    {
        Name = name;
        Levels = levels;
    }

    /// <summary>The moderator's name.</summary>
    public string Name { get; }

    /// <summary>Study → value of a numeric moderator; null when categorical.</summary>
    public IReadOnlyDictionary<string, double>? Values { get; }

    /// <summary>Study → level of a categorical moderator; null when numeric.</summary>
    public IReadOnlyDictionary<string, string>? Levels { get; }

    /// <summary>A categorical moderator: study → level (a non-empty label; at least two levels among the network's studies).</summary>
    public static NetworkModerator Categorical(string name, IReadOnlyDictionary<string, string> levels) => new(name, levels);

    /// <summary>The levels of a categorical moderator among <paramref name="studies"/>, reference (first in ordinal order) first.</summary>
    internal IReadOnlyList<string> LevelsAmong(IEnumerable<string> studies) =>
        Levels is null ? [] : [.. studies.Select(s => Levels.GetValueOrDefault(s)).OfType<string>().Distinct().Order(StringComparer.Ordinal)];

    /// <summary>
    /// The moderator's columns for the interactions, by study: one (the value itself, no suffix) when numeric; one 0/1
    /// indicator per level after the reference (suffix = the level) when categorical.
    /// </summary>
    internal IReadOnlyList<(string Suffix, Func<string, double> Value)> Columns(IEnumerable<string> studies)
    {
        if (Values is { } values)
        {
            return [("", s => values[s])];
        }

        var levels = Levels!;
        return [.. LevelsAmong(studies).Skip(1).Select(level => (level, (Func<string, double>)(s => levels[s] == level ? 1.0 : 0.0)))];
    }
}
