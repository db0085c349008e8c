using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Spinewise.Web.Tests;

namespace Spinewise.Web.Pages.Tests.Support;

/// <summary>
/// The web app in-process on Kestrel at a free 127.0.0.1 port (a real socket, for the browser), over a temporary
/// SQLite data folder. One per test collection; dispose stops it and deletes the folder.
/// </summary>
public sealed class PagesServer : IAsyncLifetime, IDisposable
{
    private readonly Dictionary<string, string?> _settings = new() { ["urls"] = "http://127.0.0.1:0" };
    private WebFactory? _factory;

    /// <summary>The server as the page tests share it.</summary>
    public PagesServer()
    {
    }

    /// <summary>A server of its own with more host settings (a trusted EHR for CDS Hooks calls, …); the caller starts and disposes it.</summary>
    public static PagesServer With(IReadOnlyDictionary<string, string?> settings)
    {
        var server = new PagesServer();
        foreach (var (key, value) in settings)
        {
            server._settings[key] = value;
        }

        return server;
    }

    /// <summary>The server's address, e.g. <c>http://127.0.0.1:40123</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The host's services (the knowledge host, the store, …).</summary>
    public IServiceProvider Services => Factory.Services;

    private WebFactory Factory => _factory ?? throw new InvalidOperationException("The server has not started.");

    /// <summary>An absolute URL on the server.</summary>
    public string Url(string pathAndQuery) => new Uri(BaseAddress, pathAndQuery).ToString();

    /// <summary>A client over the real socket that keeps cookies (antiforgery) and does not follow redirects.</summary>
    public HttpClient CreateClient() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };

    public Task InitializeAsync()
    {
        _factory = new WebFactory(_settings);
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("The server reports no address.");
        BaseAddress = new Uri(addresses.Addresses.Single());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
            _factory = null;
        }
    }

    public void Dispose() => _factory?.Dispose();
}
