namespace Spinewise.Application.Meta.Text;

/// <summary>An empty line between parts of a summary.</summary>
public sealed record SummaryBlank : SummaryBlock
{
    /// <summary>The one blank.</summary>
    public static SummaryBlank Instance { get; } = new();
}
