namespace Spinewise.Fuzz;

/// <summary>The repository the runner was built from (the folder holding <c>Spinewise.slnx</c>).</summary>
internal static class Repository
{
    public static string Root { get; } = Find(AppContext.BaseDirectory);

    private static string Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Spinewise.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no Spinewise.slnx above {start}");
    }
}
