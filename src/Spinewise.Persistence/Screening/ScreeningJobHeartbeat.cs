namespace Spinewise.Persistence.Screening;

/// <summary>What a running job's owner learns when it renews its lease.</summary>
public enum ScreeningJobHeartbeat
{
    /// <summary>The lease is renewed; carry on.</summary>
    Renewed,

    /// <summary>The lease is renewed, and a cancellation has been requested: stop and finish the job as cancelled.</summary>
    CancelRequested,

    /// <summary>The job is no longer this owner's (its lease expired and another replica failed it): stop and write nothing.</summary>
    Lost,
}
