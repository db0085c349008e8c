namespace Spinewise.Application.Meta;

/// <summary>What an option's value must be.</summary>
public enum MetaOptionKind
{
    /// <summary>Any text (a column name, a choice checked by the analysis).</summary>
    Text,

    /// <summary>A number (invariant culture, R's <c>Inf</c> accepted).</summary>
    Number,

    /// <summary>A whole number.</summary>
    Whole,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Flag,
}
