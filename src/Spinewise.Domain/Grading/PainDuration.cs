namespace Spinewise.Domain.Grading;

/// <summary>The duration a recommendation's statement names for the pain it concerns ("in acute cases", "chronic pain").</summary>
public enum PainDuration
{
    /// <summary>Acute pain.</summary>
    Acute,

    /// <summary>Chronic pain.</summary>
    Chronic,

    /// <summary>Acute or subacute pain: any pain that is not (yet) chronic (ACP 2017's "acute or subacute low back pain").</summary>
    AcuteOrSubacute,
}
