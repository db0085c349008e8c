namespace Spinewise.Application.Screening;

/// <summary>The status of a performed procedure on the day it was performed, against the criteria its sources state.</summary>
public enum AuditVerdict
{
    /// <summary>The intervention was a candidate on that day: every indication and prerequisite met, no contraindication met or unknown.</summary>
    Consistent,

    /// <summary>Not a candidate on that day because an indication or a prerequisite was not met (and no contraindication was met).</summary>
    PrerequisiteMissing,

    /// <summary>Not a candidate on that day because a contraindication was met (whatever else was not met).</summary>
    ContraindicationRecorded,

    /// <summary>The chart of that day leaves the status undetermined: the deciding criteria are unknown, or a safety flag no source addresses was recorded.</summary>
    Undetermined,

    /// <summary>No source in the knowledge states selection criteria for the intervention.</summary>
    NotAddressed,

    /// <summary>The chart as it stood that day maps to an invalid case (the problems are given); not evaluated.</summary>
    InvalidCase,

    /// <summary>The Procedure has no full performed date (none, a partial date, a string, an age, a range): cannot be audited.</summary>
    NoPerformedDate,
}
