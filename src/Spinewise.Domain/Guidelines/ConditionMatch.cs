namespace Spinewise.Domain.Guidelines;

/// <summary>How a statement's named conditions combine: "disc herniation or stenosis" (any) or "osteoporotic vertebral fracture" (all).</summary>
public enum ConditionMatch
{
    /// <summary>The statement concerns a patient with any one of them.</summary>
    Any,

    /// <summary>The statement concerns a patient with all of them.</summary>
    All,
}
