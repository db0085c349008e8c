namespace Spinewise.Fuzz;

/// <summary>
/// One way input enters Spinewise: the seed files it is fuzzed from, and a run that returns the exit code the CLI would give
/// (or <see cref="EntryPoints.BrokenPromise"/> when a promise such as "nothing half-written" is broken). Exceptions escape.
/// </summary>
/// <param name="Name">The entry point's name on the command line of the runner.</param>
/// <param name="Corpus">Seed inputs (example files).</param>
/// <param name="Run">Runs one input: the index of its seed file and its bytes.</param>
internal sealed record EntryPoint(string Name, IReadOnlyList<byte[]> Corpus, Func<int, byte[], int> Run);
