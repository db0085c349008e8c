namespace Spinewise.Web.Features.Screenings;

/// <summary>
/// Wakes this replica's worker when a job was queued here, so it need not wait for its next poll. Only a hint: the
/// queue is the database, which every replica polls.
/// </summary>
internal sealed class ScreeningWake
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next <see cref="Signal"/>; read it before looking at the queue.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Signal() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
