using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;

namespace Spinewise.Fuzz;

/// <summary>Runs generated inputs through one entry point and records exit codes, unhandled exceptions and broken promises.</summary>
internal static class Campaign
{
    private const int Batch = 250;
    private const int Size = 50;
    private const int SavedPerEntryPoint = 5;

    /// <summary>Tries <paramref name="count"/> inputs from a fixed <paramref name="seed"/>; failing inputs are saved under <paramref name="saveTo"/> when given.</summary>
    public static CampaignResult Run(EntryPoint entry, int count, ulong seed, string? saveTo)
    {
        var codes = new SortedDictionary<int, int>();
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        var generator = Mutator.Inputs(entry.Corpus);
        for (var done = 0; done < count;)
        {
            var inputs = generator.Sample(Size, new Rnd(seed + (ulong)done), Math.Min(Batch, count - done));
            foreach (var (index, bytes) in inputs)
            {
                var failure = Try(entry, index, bytes, codes);
                if (failure is not null)
                {
                    failures.Add(Save(failure, bytes, entry.Name, failures.Count, saveTo));
                }

                done++;
            }
        }

        return new CampaignResult(entry.Name, count, codes, failures, clock.Elapsed);
    }

    private static string? Try(EntryPoint entry, int index, byte[] bytes, SortedDictionary<int, int> codes)
    {
        int code;
        try
        {
            code = entry.Run(index, bytes);
        }
#pragma warning disable CA1031 // finding every unhandled exception is the point of the campaign
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var frame = ex.StackTrace?.Split('\n').FirstOrDefault()?.Trim() ?? "?";
            return $"unhandled {ex.GetType().Name}: {ex.Message} {frame}";
        }

        codes[code] = codes.GetValueOrDefault(code) + 1;
        return code == EntryPoints.BrokenPromise ? "broken promise: a diagnostic without a position, or an output file half-written"
            : !EntryPoints.Documented.Contains(code) ? $"exit code {code} is not documented" : null;
    }

    private static string Save(string failure, byte[] bytes, string entry, int n, string? saveTo)
    {
        if (saveTo is null || n >= SavedPerEntryPoint)
        {
            return failure;
        }

        Directory.CreateDirectory(saveTo);
        var path = Path.Combine(saveTo, $"{entry}-{n}.bin");
        File.WriteAllBytes(path, bytes);
        return $"{failure} (input: {path})";
    }
}
