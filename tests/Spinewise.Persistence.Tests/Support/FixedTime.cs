namespace Spinewise.Persistence.Tests.Support;

/// <summary>A clock standing at a set time.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
