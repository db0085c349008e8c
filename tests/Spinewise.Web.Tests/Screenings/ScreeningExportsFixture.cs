using Spinewise.ExportGen;
using Spinewise.Testing;

namespace Spinewise.Web.Tests.Screenings;

/// <summary>
/// A root folder holding a small generated export (and a larger one for cancellation), a folder outside it, and a host
/// allowed to read the root that polls and heartbeats fast; all deleted after.
/// </summary>
public sealed class ScreeningExportsFixture : IDisposable
{
    public const int Patients = 300;
    public const string AsOf = "2026-12-01";

    /// <summary>Patients of the export whose job is cancelled while it runs: enough for several seconds of screening.</summary>
    public const int LargePatients = 20_000;

    private readonly string _temp = Path.Combine(Path.GetTempPath(), "spinewise-webscreen-" + Guid.NewGuid().ToString("N"));

    public ScreeningExportsFixture()
    {
        Root = Path.Combine(_temp, "exports");
        Outside = Path.Combine(_temp, "elsewhere");
        Export = Path.Combine(Root, "small");
        new ExportGenerator(ShippedKnowledge.Value, new ExportOptions(Patients, Seed: 16)).Write(Export);
        new ExportGenerator(ShippedKnowledge.Value, new ExportOptions(20, Seed: 3)).Write(Outside);
        Factory = new WebFactory(Settings(Root));
        _large = new Lazy<string>(() => GenerateLarge(Path.Combine(Root, "large")));
    }

    private readonly Lazy<string> _large;

    /// <summary>A <see cref="LargePatients"/>-patient export inside the root, generated when first asked for.</summary>
    public string Large => _large.Value;

    /// <summary>Generates a <see cref="LargePatients"/>-patient export into <paramref name="folder"/>.</summary>
    public static string GenerateLarge(string folder)
    {
        new ExportGenerator(ShippedKnowledge.Value, new ExportOptions(LargePatients, Seed: 5)).Write(folder);
        return folder;
    }

    /// <summary>The configured root.</summary>
    public string Root { get; }

    /// <summary>A 300-patient export inside the root.</summary>
    public string Export { get; }

    /// <summary>An export outside the root.</summary>
    public string Outside { get; }

    /// <summary>A host that may read <see cref="Root"/> and runs one job at a time.</summary>
    public WebFactory Factory { get; }

    public string Temp(string name) => Path.Combine(_temp, name);

    /// <summary>Settings of a host allowed to read <paramref name="root"/>, with a heartbeat of 0.1 s and a poll of 0.2 s.</summary>
    public static Dictionary<string, string?> Settings(string root, int concurrency = 1) => new()
    {
        ["Spinewise:Screening:Roots:0"] = root,
        ["Spinewise:Screening:Concurrency"] = concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Spinewise:Screening:HeartbeatSeconds"] = "0.1",
        ["Spinewise:Screening:LeaseSeconds"] = "5",
        ["Spinewise:Screening:PollSeconds"] = "0.2",
    };

    public void Dispose()
    {
        Factory.Dispose();
        Directory.Delete(_temp, recursive: true);
    }
}
