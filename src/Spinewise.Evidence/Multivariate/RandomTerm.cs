namespace Spinewise.Evidence.Multivariate;

/// <summary>
/// One random-effects term of metafor's <c>rma.mv(random = ...)</c>: either random intercepts <c>~ 1 | a/b/…</c>
/// (one σ² per nesting level) or <c>~ inner | outer</c> with <c>struct = "CS"</c> (τ² and ρ for the first such term,
/// γ² and φ for the second). Factor names refer to <see cref="RmaMvModel.Factors"/>.
/// </summary>
public sealed record RandomTerm
{
    private RandomTerm(IReadOnlyList<string> nesting, string? inner, double? correlation)
    {
        Nesting = nesting;
        Inner = inner;
        FixedCorrelation = correlation;
    }

    /// <summary>For <c>~ 1 | a/b</c>: the factors from outermost to innermost (a, b); for <c>~ inner | outer</c>: the outer factor alone.</summary>
    public IReadOnlyList<string> Nesting { get; }

    /// <summary>The inner factor of <c>~ inner | outer</c>; null for random intercepts.</summary>
    public string? Inner { get; }

    /// <summary>ρ (or φ) held fixed at this value (metafor's <c>rho=</c>/<c>phi=</c>); null to estimate it. Only for <c>~ inner | outer</c>.</summary>
    public double? FixedCorrelation { get; }

    /// <summary>True for <c>~ inner | outer</c> (struct CS).</summary>
    public bool IsInnerOuter => Inner is not null;

    /// <summary>The outer factor of <c>~ inner | outer</c>.</summary>
    public string Outer => Nesting[0];

    /// <summary><c>~ 1 | a/b/…</c>: random intercepts at each nesting level, outermost first.</summary>
    /// <param name="nesting">Factor names from outermost to innermost (at least one).</param>
    public static RandomTerm Intercepts(params string[] nesting)
    {
        ArgumentNullException.ThrowIfNull(nesting);
        if (nesting.Length == 0 || nesting.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("At least one non-empty factor name is required.", nameof(nesting));
        }

        return new RandomTerm([.. nesting], null, null);
    }

    /// <summary><c>~ inner | outer</c> with <c>struct = "CS"</c>: variance τ² for every level of inner, correlation ρ between levels within an outer level.</summary>
    /// <param name="inner">Inner factor (e.g. <c>comp</c>).</param>
    /// <param name="outer">Outer factor (e.g. <c>study</c>).</param>
    /// <param name="fixedCorrelation">ρ fixed at this value in [-1, 1]; null to estimate it.</param>
    public static RandomTerm CompoundSymmetry(string inner, string outer, double? fixedCorrelation = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(inner);
        ArgumentException.ThrowIfNullOrWhiteSpace(outer);
        if (fixedCorrelation is { } r && !(r >= -1 && r <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(fixedCorrelation), r, "A correlation must lie in [-1, 1].");
        }

        return new RandomTerm([outer], inner, fixedCorrelation);
    }

    /// <summary>
    /// Parses one formula in metafor's syntax: <c>~ 1 | district/school</c> or <c>~ comp | study</c>.
    /// Returns null and sets <paramref name="error"/> when the text is not one of these forms.
    /// </summary>
    /// <param name="formula">The formula text.</param>
    /// <param name="fixedCorrelation">ρ/φ to hold fixed for an <c>inner | outer</c> term.</param>
    /// <param name="error">Why the text could not be parsed.</param>
    public static RandomTerm? Parse(string formula, double? fixedCorrelation, out string? error)
    {
        ArgumentNullException.ThrowIfNull(formula);
        error = null;
        var text = formula.Trim();
        if (!text.StartsWith('~'))
        {
            error = $"'{formula}': a random-effects formula starts with '~' (e.g. '~ 1 | study').";
            return null;
        }

        var parts = text[1..].Split('|', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            error = $"'{formula}': expected '~ 1 | outer', '~ 1 | a/b' or '~ inner | outer'.";
            return null;
        }

        var outer = parts[1].Split('/', StringSplitOptions.TrimEntries);
        if (outer.Any(f => !IsName(f)))
        {
            error = $"'{formula}': '{parts[1]}' is not a factor name or a nesting a/b.";
            return null;
        }

        if (parts[0] == "1")
        {
            return Intercepts(outer);
        }

        if (!IsName(parts[0]) || outer.Length != 1)
        {
            error = $"'{formula}': an '~ inner | outer' term needs one inner and one outer factor name.";
            return null;
        }

        if (fixedCorrelation is { } r && !(r >= -1 && r <= 1))
        {
            error = $"'{formula}': the correlation {r} must lie in [-1, 1].";
            return null;
        }

        return CompoundSymmetry(parts[0], outer[0], fixedCorrelation);
    }

    /// <summary>metafor's names of the σ² components of a <c>~ 1 | a/b</c> term: "a", "a/b", …</summary>
    public IReadOnlyList<string> Sigma2Names()
    {
        var names = new string[IsInnerOuter ? 0 : Nesting.Count];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = string.Join('/', Nesting.Take(i + 1));
        }

        return names;
    }

    private static bool IsName(string s) =>
        s.Length > 0 && (char.IsLetter(s[0]) || s[0] == '.') && s.All(c => char.IsLetterOrDigit(c) || c is '.' or '_');
}
