namespace Spinewise.Web.Features.Screenings;

/// <summary>A path with every symbolic link in it resolved, as far as it exists (the rest is kept as written).</summary>
internal static class RealPath
{
    private const int MaxLinks = 40;

    /// <summary>The full path of <paramref name="path"/> with each existing link component replaced by its final target.</summary>
    /// <exception cref="IOException">A loop of links, or more than 40 of them.</exception>
    public static string Resolve(string path)
    {
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="root"/> or lies inside it (both resolved).</summary>
    public static bool IsWithin(string path, string root)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var trimmed = Path.TrimEndingDirectorySeparator(root);
        return string.Equals(Path.TrimEndingDirectorySeparator(path), trimmed, comparison)
            || path.StartsWith(trimmed.EndsWith(Path.DirectorySeparatorChar) ? trimmed : trimmed + Path.DirectorySeparatorChar, comparison);
    }

    private static string Resolve(string full, ref int links)
    {
        var current = Path.GetPathRoot(full)!;
        foreach (var part in full[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            var info = new FileInfo(next);
            if (info.LinkTarget is not null)
            {
                if (++links > MaxLinks)
                {
                    throw new IOException($"{full}: more than {MaxLinks} symbolic links");
                }

                next = info.ResolveLinkTarget(returnFinalTarget: true) is { } target ? Resolve(target.FullName, ref links) : next;
            }

            current = next;
        }

        return current;
    }
}
