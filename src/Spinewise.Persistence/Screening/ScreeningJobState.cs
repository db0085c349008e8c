namespace Spinewise.Persistence.Screening;

/// <summary>Where a screening job is; stored as the lower-case name (<c>queued</c>, <c>running</c>, …).</summary>
public enum ScreeningJobState
{
    /// <summary>Waiting for a replica to claim it.</summary>
    Queued,

    /// <summary>Claimed by a replica (<see cref="ScreeningJobRecord.Owner"/>) that renews its lease.</summary>
    Running,

    /// <summary>The report was written; <see cref="ScreeningJobRecord.Summary"/> holds its summary.json.</summary>
    Succeeded,

    /// <summary>Stopped by an error or an expired lease; <see cref="ScreeningJobRecord.Error"/> says why. No report.</summary>
    Failed,

    /// <summary>Cancelled on request. No report.</summary>
    Cancelled,
}
