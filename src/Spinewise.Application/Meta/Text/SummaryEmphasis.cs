namespace Spinewise.Application.Meta.Text;

/// <summary>How a <see cref="SummaryLine"/> stands out.</summary>
public enum SummaryEmphasis
{
    /// <summary>Plain text.</summary>
    None,

    /// <summary>The lead is a heading (bold in a terminal).</summary>
    Heading,

    /// <summary>The lead is "Warning:" (yellow in a terminal).</summary>
    Warning,

    /// <summary>The whole line is a note (grey in a terminal).</summary>
    Note,
}
