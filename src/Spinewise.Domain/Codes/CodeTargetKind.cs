namespace Spinewise.Domain.Codes;

/// <summary>What a standard code maps to in a case.</summary>
public enum CodeTargetKind
{
    /// <summary>A condition id of the vocabulary (<c>conditions</c> / <c>ruledOut</c>).</summary>
    Condition,

    /// <summary>An intervention id (and variant) of the vocabulary (<c>history</c>, <c>notDone</c>, an order).</summary>
    Intervention,

    /// <summary>A findings key with its unit (<c>findings</c>).</summary>
    Finding,

    /// <summary>A flag key (<c>flags</c>).</summary>
    Flag,
}
