namespace Spinewise.Domain.Conflicts;

/// <summary>How two guidelines' positions on an intervention conflict.</summary>
public enum ConflictKind
{
    /// <summary>They point different ways: one for, the other against, firm or conditional.</summary>
    Direction,

    /// <summary>They do not point different ways, but one is conditional or finds the evidence insufficient while the other is strong.</summary>
    Strength,
}
