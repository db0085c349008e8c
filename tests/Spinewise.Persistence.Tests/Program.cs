using Spinewise.Persistence.Tests.Support;

namespace Spinewise.Persistence.Tests;

/// <summary>
/// The test assembly's entry point, used only as the kill test's child process:
/// <c>dotnet Spinewise.Persistence.Tests.dll writer sqlite|postgres &lt;data folder or connection string&gt; &lt;writers&gt;</c>
/// saves evaluations from several tasks until it is killed, printing each id once its save has returned.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is not ["writer", var provider, var location, var writers])
        {
            await Console.Error.WriteLineAsync("usage: writer sqlite|postgres <data folder or connection string> <writers>");
            return 2;
        }

        var options = provider == "sqlite" ? EvaluationStoreOptions.Sqlite(location) : EvaluationStoreOptions.Postgres(location);
        await using var store = EvaluationStoreFactory.Create(options, TimeProvider.System);
        await store.MigrateAsync();
        await store.EnsureKnowledgeVersionAsync(Some.KnowledgeId, Some.KnowledgeContent);
        var output = TextWriter.Synchronized(Console.Out);
        output.WriteLine("ready");
        output.Flush();
        var stop = DateTimeOffset.UtcNow.AddMinutes(2); // a bound in case the parent dies without killing us
        var tasks = Enumerable.Range(0, int.Parse(writers, System.Globalization.CultureInfo.InvariantCulture)).Select(w => Task.Run(async () =>
        {
            while (DateTimeOffset.UtcNow < stop)
            {
                var record = Some.Evaluation(DateTimeOffset.UtcNow, caseId: $"writer-{w}");
                await store.SaveAsync(record);
                output.WriteLine(record.Id.ToString("D"));
                output.Flush();
            }
        }));
        await Task.WhenAll(tasks);
        return 0;
    }
}
