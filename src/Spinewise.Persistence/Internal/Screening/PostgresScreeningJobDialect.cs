using System.Data.Common;
using Npgsql;

namespace Spinewise.Persistence.Internal.Screening;

/// <summary>The screening jobs on PostgreSQL: one synchronously committed statement per call, shared by every replica.</summary>
internal sealed class PostgresScreeningJobDialect : ScreeningJobDialect
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresScreeningJobDialect(string connectionString, TimeSpan busyTimeout)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!builder.ContainsKey("Command Timeout"))
        {
            builder.CommandTimeout = (int)Math.Ceiling(busyTimeout.TotalSeconds);
        }

        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    public override string LockQueued => " FOR UPDATE SKIP LOCKED";

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public override object Id(Guid id) => id;

    public override Guid ReadId(DbDataReader reader, int ordinal) => reader.GetGuid(ordinal);

    public override object Time(DateTimeOffset time) => StoreTime.Normalize(time);

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public override object Date(DateOnly date) => date;

    public override DateOnly ReadDate(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateOnly>(ordinal);

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
