using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Spinewise.Persistence.Tests.Support;
using Xunit.Abstractions;

namespace Spinewise.Persistence.Tests;

/// <summary>
/// A child process saves evaluations from several tasks and prints each id once its save returned; it is killed with
/// SIGKILL mid-load. Every printed id must be stored afterwards, and the database must open cleanly.
/// </summary>
public sealed class KillTests(ITestOutputHelper output)
{
    private const int Reported = 300;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Save_ProcessKilledMidLoad_EveryAcknowledgedRecordSurvives(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var location = provider == DatabaseProvider.Sqlite ? database.Directory! : database.Options.ConnectionString!;

        var acknowledged = await RunAndKillAsync(provider == DatabaseProvider.Sqlite ? "sqlite" : "postgres", location);

        output.WriteLine($"{acknowledged.Count} saves acknowledged before SIGKILL");
        acknowledged.Count.ShouldBeGreaterThanOrEqualTo(Reported);
        var store = database.Open();
        await store.MigrateAsync();
        var missing = new List<Guid>();
        foreach (var id in acknowledged)
        {
            if (await store.GetAsync(id) is null)
            {
                missing.Add(id);
            }
        }

        missing.ShouldBeEmpty();
        if (provider == DatabaseProvider.Sqlite)
        {
            await using var connection = new SqliteConnection($"Data Source={Path.Combine(database.Directory!, EvaluationStoreOptions.SqliteFileName)};Pooling=false");
            await connection.OpenAsync();
            await using var check = new SqliteCommand("PRAGMA integrity_check", connection);
            (await check.ExecuteScalarAsync()).ShouldBe("ok");
        }
    }

    /// <summary>Starts the writer, kills it once it has reported enough saves, and returns every id it reported.</summary>
    private static async Task<List<Guid>> RunAndKillAsync(string provider, string location)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { typeof(Program).Assembly.Location, "writer", provider, location, "4" })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException("The writer did not start.");
        var errors = child.StandardError.ReadToEndAsync();
        var ids = new List<Guid>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            while (ids.Count < Reported && await child.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (Guid.TryParseExact(line, "D", out var id))
                {
                    ids.Add(id);
                }
            }
        }
        finally
        {
            child.Kill(); // SIGKILL on Unix
            await child.WaitForExitAsync();
        }

        // Lines the child wrote before it died were acknowledged too; a torn last line does not parse.
        while (await child.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.Length == 36 && Guid.TryParseExact(line, "D", out var id))
            {
                ids.Add(id);
            }
        }

        if (ids.Count < Reported)
        {
            throw new InvalidOperationException("The writer stopped early: " + await errors);
        }

        return ids;
    }
}
