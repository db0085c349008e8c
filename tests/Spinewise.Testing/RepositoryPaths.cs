namespace Spinewise.Testing;

/// <summary>Locates the repository (the folder holding Spinewise.slnx), its knowledge folder and the shared folder beside it.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The repository root.</summary>
    public static string Repository => Root.Value;

    /// <summary>The repository's <c>knowledge/</c> folder.</summary>
    public static string Knowledge => Path.Combine(Repository, "knowledge");

    /// <summary>The project's <c>shared/</c> folder, which sits beside the repository (seeds, knowledge report, metafor reference).</summary>
    public static string Shared
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(Repository, "..", "shared"));
            if (!Directory.Exists(shared))
            {
                throw new DirectoryNotFoundException($"The shared folder is expected beside the repository at {shared}.");
            }

            return shared;
        }
    }

    /// <summary>Path of a seed document by its number prefix, e.g. <c>001</c>.</summary>
    /// <param name="number">The three-digit prefix.</param>
    public static string Seed(string number) =>
        Directory.GetFiles(Path.Combine(Shared, "seeds"), $"{number}_*.txt").Single();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Spinewise.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Spinewise.slnx above {AppContext.BaseDirectory}.");
    }
}
