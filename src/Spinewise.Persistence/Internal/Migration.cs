using System.Globalization;

namespace Spinewise.Persistence.Internal;

/// <summary>One versioned schema change: the script <c>NNN_name.sql</c> of a provider, embedded in the assembly.</summary>
internal sealed record Migration(int Version, string Name, string Sql)
{
    private const string Prefix = "Spinewise.Persistence.Migrations.";

    /// <summary>The provider's migrations in version order.</summary>
    public static IReadOnlyList<Migration> For(DatabaseProvider provider)
    {
        var assembly = typeof(Migration).Assembly;
        var folder = Prefix + provider + "/";
        var migrations = new List<Migration>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(folder, StringComparison.Ordinal)))
        {
            var file = name[folder.Length..];
            var version = int.Parse(file.AsSpan(0, file.IndexOf('_', StringComparison.Ordinal)), NumberStyles.None, CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            migrations.Add(new Migration(version, file, reader.ReadToEnd()));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        if (migrations.Count == 0 || migrations.Select((m, i) => m.Version != i + 1).Any(gap => gap))
        {
            throw new InvalidOperationException($"The {provider} migrations are not numbered 1, 2, 3…: " + string.Join(", ", migrations.Select(m => m.Name)));
        }

        return migrations;
    }

    /// <summary>Throws when the database is at a version this build does not know.</summary>
    public static void ThrowIfNewer(IReadOnlyCollection<int> applied, IReadOnlyList<Migration> known, DatabaseProvider provider)
    {
        var newest = applied.Count == 0 ? 0 : applied.Max();
        if (newest > known[^1].Version)
        {
            throw new InvalidOperationException(
                $"The {provider} database is at schema version {newest}, newer than this build's {known[^1].Version}; run a newer build.");
        }
    }
}
