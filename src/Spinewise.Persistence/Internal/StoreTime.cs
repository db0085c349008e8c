namespace Spinewise.Persistence.Internal;

/// <summary>Times as both databases keep them: UTC to the microsecond (SQLite as microseconds since the Unix epoch).</summary>
internal static class StoreTime
{
    public static readonly long MinMicroseconds = ToMicroseconds(DateTimeOffset.MinValue);
    public static readonly long MaxMicroseconds = ToMicroseconds(DateTimeOffset.MaxValue);

    public static DateTimeOffset Normalize(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);
    }

    public static long ToMicroseconds(DateTimeOffset value) =>
        (value.UtcTicks - DateTimeOffset.UnixEpoch.Ticks) / TimeSpan.TicksPerMicrosecond;

    public static DateTimeOffset FromMicroseconds(long micros) =>
        new(DateTimeOffset.UnixEpoch.Ticks + (micros * TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);
}
