using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spinewise.Web.CdsSecurity;
using Spinewise.Web.Hosting;

namespace Spinewise.Web.Tests.CdsSecurity;

/// <summary>Start-up refuses bad CDS Hooks security settings, naming the setting, and verification off outside Development.</summary>
public sealed class CdsSecurityStartupTests : IDisposable
{
    private readonly TrustedEhr _ehr = new();

    [Fact]
    public async Task Start_VerifyTokensOffInProduction_RefusedSayingWhy()
    {
        var error = await StartupErrorAsync(_ehr.Settings(("Spinewise:CdsHooks:VerifyTokens", "false")), "Production");

        error.ShouldContain("Spinewise:CdsHooks:VerifyTokens is false, which only the Development environment allows: in Production");
    }

    [Fact]
    public async Task Start_VerifyTokensOffInStaging_Refused()
    {
        var error = await StartupErrorAsync(_ehr.Settings(("Spinewise:CdsHooks:VerifyTokens", "false")), "Staging");

        error.ShouldContain("Spinewise:CdsHooks:VerifyTokens");
    }

    [Fact]
    public async Task Call_VerifyTokensOffInDevelopment_RunsUnverified()
    {
        await using var host = await CdsTestHost.StartAsync(new Dictionary<string, string?> { ["Spinewise:CdsHooks:VerifyTokens"] = "false" }, environment: "Development");

        using var response = await host.PostAsync(null);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("\"verified\":false");
        host.Logs.Entries.ShouldContain(e => e.Message.Contains("VerifyTokens is false (Development)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Spinewise:CdsHooks:Issuers:0:JwksFile", null, "Spinewise:CdsHooks:Issuers:0 needs exactly one of JwksUrl and JwksFile")]
    [InlineData("Spinewise:CdsHooks:Issuers:0:JwksUrl", "https://ehr.example.org/jwks.json", "Spinewise:CdsHooks:Issuers:0 needs exactly one of JwksUrl and JwksFile")]
    [InlineData("Spinewise:CdsHooks:Issuers:0:Issuer", "", "Spinewise:CdsHooks:Issuers:0:Issuer is missing")]
    [InlineData("Spinewise:CdsHooks:Issuers:0:JwksFile", "/nonexistent/jwks.json", "Spinewise:CdsHooks:Issuers:0:JwksFile '/nonexistent/jwks.json' cannot be read")]
    [InlineData("Spinewise:CdsHooks:Issuers:0:JkuAllowList:0", "http://ehr.example.org/jwks.json", "Spinewise:CdsHooks:Issuers:0:JkuAllowList:0")]
    [InlineData("Spinewise:CdsHooks:ClockSkew", "00:10:00", "Spinewise:CdsHooks:ClockSkew")]
    [InlineData("Spinewise:CdsHooks:ClockSkew", "soon", "Spinewise:CdsHooks:ClockSkew")]
    [InlineData("Spinewise:CdsHooks:MaxTokenLifetime", "-00:01:00", "Spinewise:CdsHooks:MaxTokenLifetime")]
    [InlineData("Spinewise:PublicBaseUrl", "cds.example.org", "Spinewise:PublicBaseUrl 'cds.example.org'")]
    public async Task Start_BadSetting_RefusedNamingIt(string key, string? value, string expected)
    {
        var error = await StartupErrorAsync(_ehr.Settings((key, value)), "Production");

        error.ShouldContain(expected);
    }

    [Fact]
    public async Task Start_HttpJwksUrlOffLoopback_Refused()
    {
        var settings = _ehr.Settings(("Spinewise:CdsHooks:Issuers:0:JwksFile", null), ("Spinewise:CdsHooks:Issuers:0:JwksUrl", "http://ehr.example.org/jwks.json"));

        (await StartupErrorAsync(settings, "Production")).ShouldContain("Spinewise:CdsHooks:Issuers:0:JwksUrl 'http://ehr.example.org/jwks.json' must be an absolute https URL");
    }

    [Fact]
    public async Task Start_JwksFileWithPrivateKey_Refused()
    {
        var path = Path.Combine(Path.GetTempPath(), "spinewise-private-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(path, """{"keys":[{"kty":"EC","crv":"P-384","kid":"k","x":"AA","y":"AA","d":"AA"}]}""");
        try
        {
            (await StartupErrorAsync(_ehr.Settings(("Spinewise:CdsHooks:Issuers:0:JwksFile", path)), "Production")).ShouldContain("private or symmetric key material");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Start_SameIssuerAndTenantTwice_Refused()
    {
        var settings = _ehr.Settings(("Spinewise:CdsHooks:Issuers:1:Issuer", CdsTokens.Issuer), ("Spinewise:CdsHooks:Issuers:1:JwksFile", _ehr.JwksFile));

        (await StartupErrorAsync(settings, "Production")).ShouldContain("Spinewise:CdsHooks:Issuers:1:Issuer 'https://ehr.example.org' is configured twice");
    }

    [Fact]
    public async Task Start_ValidSettings_NoError()
    {
        (await StartupErrorAsync(_ehr.Settings(("Spinewise:CdsHooks:MaxTokenLifetime", "00:15:00")), "Production")).ShouldBeEmpty();
    }

    public void Dispose() => _ehr.Dispose();

    /// <summary>What the CDS security start-up check prints ("" when it passes).</summary>
    private static async Task<string> StartupErrorAsync(IReadOnlyDictionary<string, string?> settings, string environment)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddCdsHooksSecurity();
        await using var app = builder.Build();
        var check = app.Services.GetServices<IStartupCheck>().OfType<CdsSecurityStartupCheck>().Single();
        using var error = new StringWriter();

        var ok = await check.RunAsync(error, CancellationToken.None);

        ok.ShouldBe(error.ToString().Length == 0);
        return error.ToString();
    }
}
