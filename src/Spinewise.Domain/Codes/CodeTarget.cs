namespace Spinewise.Domain.Codes;

/// <summary>One thing a standard code maps to.</summary>
/// <param name="Kind">Condition, intervention, finding or flag.</param>
/// <param name="Id">The condition id, intervention id, findings key or flag key.</param>
/// <param name="Variant">The intervention's variant id where the code names one; otherwise <see langword="null"/>.</param>
/// <param name="Unit">For a finding, the UCUM unit code its values must carry (e.g. <c>kg/m2</c>, <c>{score}</c>); otherwise <see langword="null"/>.</param>
public sealed record CodeTarget(CodeTargetKind Kind, string Id, string? Variant = null, string? Unit = null);
