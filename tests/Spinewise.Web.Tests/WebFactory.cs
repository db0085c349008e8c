using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Spinewise.Web.Tests;

/// <summary>
/// The web host in-process over a fresh temporary data folder (SQLite unless a test asks for PostgreSQL), deleted on
/// dispose. Settings are the host's configuration keys (<c>Spinewise:Knowledge</c>, …).
/// </summary>
public sealed class WebFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    private readonly bool _ownsData;

    /// <param name="settings">Configuration keys and values.</param>
    /// <param name="services">Replaces or adds services after the host's own.</param>
    /// <param name="dataDirectory">A data folder to reuse (another factory's, to restart on the same database); the caller deletes it.</param>
    public WebFactory(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, string? dataDirectory = null)
    {
        _ownsData = dataDirectory is null;
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "spinewise-web-" + Guid.NewGuid().ToString("N"));
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Spinewise:DataDirectory"] = DataDirectory };
        _services = services;
    }

    /// <summary>The data folder of this host.</summary>
    public string DataDirectory { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsData && Directory.Exists(DataDirectory))
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // best effort: a temp folder left behind harms nothing
            }
        }
    }
}
