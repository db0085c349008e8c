using System.Data.Common;

namespace Spinewise.Persistence.Internal.Screening;

/// <summary>
/// What differs between the providers for the screening jobs: how a connection is opened, and how ids, times and dates
/// are written and read (SQLite: text, microseconds, yyyy-MM-dd; PostgreSQL: uuid, timestamptz, date). The statements
/// are the same text (<see cref="ScreeningJobSql"/>) apart from <see cref="LockQueued"/>.
/// </summary>
internal abstract class ScreeningJobDialect : IAsyncDisposable
{
    /// <summary>Appended to the sub-select of the claim: PostgreSQL skips rows another claim holds; SQLite has one writer anyway.</summary>
    public abstract string LockQueued { get; }

    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    public abstract object Id(Guid id);

    public abstract Guid ReadId(DbDataReader reader, int ordinal);

    public abstract object Time(DateTimeOffset time);

    public abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    public abstract object Date(DateOnly date);

    public abstract DateOnly ReadDate(DbDataReader reader, int ordinal);

    public abstract ValueTask DisposeAsync();
}
