using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Spinewise.Web.CdsSecurity;

namespace Spinewise.Web.Tests.CdsSecurity;

/// <summary>Keys from a JWKS URL: fetched on first use, fetched again for a new kid (at most once per interval), an allow-listed jku, timeouts.</summary>
public sealed class JwksUrlTests : IDisposable
{
    private const string JwksUrl = "https://ehr.example.org/jwks.json";
    private readonly StubJwksServer _server = new();
    private readonly EhrKey _first = EhrKey.Es384();
    private readonly EhrKey _rotated = EhrKey.Rs384();

    [Fact]
    public async Task Call_KeyRotatedAfterFirstFetch_FetchedAgainAndAccepted()
    {
        _server.Publish(JwksUrl, EhrKey.JwksJson(_first));
        await using var host = await StartAsync(("Spinewise:CdsHooks:JwksMinRefreshInterval", "00:00:00"));
        (await host.PostAsync(new CdsTokens().Sign(_first))).StatusCode.ShouldBe(HttpStatusCode.OK);

        _server.Publish(JwksUrl, EhrKey.JwksJson(_first, _rotated));
        using var response = await host.PostAsync(new CdsTokens().Sign(_rotated));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        _server.Fetches(JwksUrl).ShouldBe(2);
    }

    [Fact]
    public async Task Call_ManyUnknownKids_AtMostOneRefetchPerInterval()
    {
        _server.Publish(JwksUrl, EhrKey.JwksJson(_first));
        await using var host = await StartAsync();
        (await host.PostAsync(new CdsTokens().Sign(_first))).StatusCode.ShouldBe(HttpStatusCode.OK);

        for (var i = 0; i < 5; i++)
        {
            using var unknown = EhrKey.Es384($"unknown-{i}");
            (await host.PostAsync(new CdsTokens().Sign(unknown))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        _server.Fetches(JwksUrl).ShouldBe(1);
        host.Logs.Refusals.ShouldAllBe(r => r == "UnknownKey");
    }

    [Fact]
    public async Task Call_AllowListedJku_KeysFromThatUrl()
    {
        _server.Publish(JwksUrl, EhrKey.JwksJson(_first));
        _server.Publish(TrustedEhr.AllowedJku, EhrKey.JwksJson(_rotated));
        await using var host = await StartAsync(("Spinewise:CdsHooks:Issuers:0:JkuAllowList:0", TrustedEhr.AllowedJku));

        using var response = await host.PostAsync(new CdsTokens().WithHeader("jku", TrustedEhr.AllowedJku).Sign(_rotated));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        _server.Fetches(TrustedEhr.AllowedJku).ShouldBe(1);
        _server.Fetches(JwksUrl).ShouldBe(0);
    }

    [Fact]
    public async Task Call_JwksSlowerThanTimeout_401KeysUnavailable()
    {
        _server.Publish(JwksUrl, EhrKey.JwksJson(_first));
        _server.Delay = TimeSpan.FromSeconds(5);
        await using var host = await StartAsync(("Spinewise:CdsHooks:JwksTimeout", "00:00:00.200"));

        using var response = await host.PostAsync(new CdsTokens().Sign(_first));

        await CdsTokenFilterTests.ShouldBeRefused(host, response, "KeysUnavailable");
    }

    [Fact]
    public async Task Call_JwksNotFound_401KeysUnavailable()
    {
        await using var host = await StartAsync();

        using var response = await host.PostAsync(new CdsTokens().Sign(_first));

        await CdsTokenFilterTests.ShouldBeRefused(host, response, "KeysUnavailable");
    }

    public void Dispose()
    {
        _first.Dispose();
        _rotated.Dispose();
        _server.Dispose();
    }

    private Task<CdsTestHost> StartAsync(params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Spinewise:CdsHooks:Issuers:0:Issuer"] = CdsTokens.Issuer,
            ["Spinewise:CdsHooks:Issuers:0:JwksUrl"] = JwksUrl,
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return CdsTestHost.StartAsync(settings, services: s => s.AddHttpClient(JwksCache.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => _server));
    }
}
