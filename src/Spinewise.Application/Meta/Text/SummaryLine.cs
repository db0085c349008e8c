namespace Spinewise.Application.Meta.Text;

/// <summary>A line of a summary: <paramref name="Lead"/> carries the <paramref name="Emphasis"/> (a heading's words, "Warning:"), <paramref name="Text"/> follows it plainly.</summary>
/// <param name="Emphasis">How the line stands out.</param>
/// <param name="Lead">The emphasised start of the line (empty for a plain line).</param>
/// <param name="Text">The rest of the line.</param>
public sealed record SummaryLine(SummaryEmphasis Emphasis, string Lead, string Text) : SummaryBlock
{
    /// <summary>A plain line.</summary>
    public static SummaryLine Plain(string text) => new(SummaryEmphasis.None, "", text);

    /// <summary>The whole line as text.</summary>
    public override string ToString() => Lead + Text;
}
