namespace Spinewise.Application.Meta;

/// <summary>A meta-analysis request: the study rows and the options, by name (without dashes) to their text as given.</summary>
/// <param name="Rows">The study rows.</param>
/// <param name="Options">Option name → value, as on a command line (<c>--method DL</c>) or in a query string (<c>method=DL</c>).</param>
public sealed record MetaRequest(MetaRows Rows, IReadOnlyDictionary<string, string> Options)
{
    /// <summary>A request without options.</summary>
    /// <param name="rows">The study rows.</param>
    public MetaRequest(MetaRows rows) : this(rows, new Dictionary<string, string>()) { }
}
