using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Spinewise.Persistence.Internal.Screening;

/// <summary>The screening jobs in the SQLite file of the audit trail, with its pragmas (<c>synchronous=FULL</c>, busy timeout).</summary>
internal sealed class SqliteScreeningJobDialect : ScreeningJobDialect
{
    private readonly SqliteFile _file;

    public SqliteScreeningJobDialect(string directory, TimeSpan busyTimeout)
    {
        _file = new SqliteFile(directory, busyTimeout);
    }

    public override string LockQueued => "";

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _file.OpenAsync(cancellationToken).ConfigureAwait(false);

    public override object Id(Guid id) => SqliteRows.Text(id);

    public override Guid ReadId(DbDataReader reader, int ordinal) => Guid.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture);

    public override object Time(DateTimeOffset time) => StoreTime.ToMicroseconds(time);

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => StoreTime.FromMicroseconds(reader.GetInt64(ordinal));

    public override object Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override DateOnly ReadDate(DbDataReader reader, int ordinal) =>
        DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
