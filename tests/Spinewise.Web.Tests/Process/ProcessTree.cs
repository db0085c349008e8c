using System.Globalization;

namespace Spinewise.Web.Tests.Process;

/// <summary>Descendants of a process, read from <c>/proc</c> (Linux).</summary>
internal static class ProcessTree
{
    /// <summary>Every live descendant of <paramref name="pid"/> (children, their children…), not the process itself.</summary>
    public static IReadOnlyList<int> Descendants(int pid)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && ParentOf(id) is { } parent)
            {
                parents[id] = parent;
            }
        }

        var found = new List<int>();
        var frontier = new Queue<int>([pid]);
        while (frontier.TryDequeue(out var current))
        {
            foreach (var (child, parent) in parents)
            {
                if (parent == current)
                {
                    found.Add(child);
                    frontier.Enqueue(child);
                }
            }
        }

        return found;
    }

    /// <summary>The process's command line arguments, or an empty list when it has gone.</summary>
    public static IReadOnlyList<string> CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (IOException)
        {
            return [];
        }
    }

    private static int? ParentOf(int pid)
    {
        try
        {
            // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null; // gone meanwhile
        }
    }
}
