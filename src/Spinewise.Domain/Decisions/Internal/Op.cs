namespace Spinewise.Domain.Decisions.Internal;

/// <summary>The operations of a compiled criterion test.</summary>
internal enum Op : byte
{
    Condition,
    PainAxial,
    PainRadicular,
    Number,
    Flag,
    History,
    AllOf,
    AnyOf,
    Not,
}
