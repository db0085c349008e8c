namespace Spinewise.Knowledge.Internal;

/// <summary>The kinds of id that knowledge files define and reference.</summary>
internal enum ReferenceKind
{
    Source,
    Intervention,
    Variant,
    Condition,
    Guideline,
    Topic,
    GradingScheme,
    Recommendation,
    Table,
    Synthesis,
    Trial,
    Critique,
    ReasonCode,
    Explanation,
    Criterion,
    CriteriaFile,
    Code,
}
