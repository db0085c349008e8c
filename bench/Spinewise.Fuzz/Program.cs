using System.Globalization;
using Spinewise.Fuzz;

// spinewise fuzz campaign: dotnet run -c Release --project bench/Spinewise.Fuzz -- [--count N] [--seed S] [--entry NAME]
// (docs/fuzzing.md). Exit 0 when no input led to an unhandled exception, an undocumented exit code or a broken promise.
var count = 10_000;
var seed = 20261201UL;
string? only = null;
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--count": count = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--seed": seed = ulong.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--entry": only = args[i + 1]; break;
        default: Console.Error.WriteLine($"unknown option {args[i]}; options: --count N, --seed S, --entry NAME"); return 2;
    }
}

using var entryPoints = new EntryPoints();
var saveTo = Path.Combine(Repository.Root, "artifacts", "fuzz");
var failed = 0;
Console.WriteLine($"seed {seed}, {count} inputs per entry point");
Console.WriteLine("entry point      inputs  unhandled+undocumented  exit codes (code: inputs)       seconds");
foreach (var entry in entryPoints.All.Where(e => only is null || e.Name == only))
{
    var result = Campaign.Run(entry, count, seed, saveTo);
    var codes = string.Join(", ", result.ExitCodes.Select(c => $"{c.Key}: {c.Value}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.EntryPoint,-16} {result.Inputs,6}  {result.Failures.Count,22}  {codes,-30} {result.Elapsed.TotalSeconds,7:0.0}"));
    foreach (var failure in result.Failures.Distinct().Take(20))
    {
        Console.WriteLine($"  {failure}");
    }

    failed += result.Failures.Count;
}

return failed == 0 ? 0 : 1;
