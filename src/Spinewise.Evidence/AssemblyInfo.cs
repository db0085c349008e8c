using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Spinewise.Evidence.Tests")]
[assembly: InternalsVisibleTo("Spinewise.Benchmarks")]
