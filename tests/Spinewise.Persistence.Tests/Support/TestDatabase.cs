namespace Spinewise.Persistence.Tests.Support;

/// <summary>A fresh, empty database of one provider (a temporary folder, or a new PostgreSQL database), removed on dispose.</summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly List<IEvaluationStore> _opened = [];
    private readonly string? _postgresName;
    private readonly string? _directory;

    private TestDatabase(EvaluationStoreOptions options, string? directory, string? postgresName)
    {
        Options = options;
        _directory = directory;
        _postgresName = postgresName;
    }

    public EvaluationStoreOptions Options { get; }

    /// <summary>The SQLite folder (null for PostgreSQL).</summary>
    public string? Directory => _directory;

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        var name = "spinewise_test_" + Guid.NewGuid().ToString("N");
        if (provider == DatabaseProvider.Sqlite)
        {
            // Not created: the store creates its data folder when missing.
            var directory = Path.Combine(Path.GetTempPath(), name, "data");
            return new TestDatabase(EvaluationStoreOptions.Sqlite(directory), directory, null);
        }

        var connectionString = await PostgresCluster.CreateDatabaseAsync(name);
        return new TestDatabase(EvaluationStoreOptions.Postgres(connectionString), null, name);
    }

    /// <summary>A store over this database (as another replica would open it); disposed with the database.</summary>
    public IEvaluationStore Open(TimeProvider? time = null)
    {
        var store = EvaluationStoreFactory.Create(Options, time ?? TimeProvider.System);
        _opened.Add(store);
        return store;
    }

    /// <summary>A migrated store holding the test knowledge version.</summary>
    public async Task<IEvaluationStore> OpenReadyAsync(TimeProvider? time = null)
    {
        var store = Open(time);
        await store.MigrateAsync();
        await store.EnsureKnowledgeVersionAsync(Some.KnowledgeId, Some.KnowledgeContent);
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _opened)
        {
            await store.DisposeAsync();
        }

        if (_postgresName is not null)
        {
            await PostgresCluster.DropDatabaseAsync(_postgresName);
        }

        if (_directory is not null && System.IO.Directory.Exists(Path.GetDirectoryName(_directory)))
        {
            System.IO.Directory.Delete(Path.GetDirectoryName(_directory)!, recursive: true);
        }
    }
}
