using Spinewise.Web.Tests.CdsSecurity;

namespace Spinewise.Web.Tests.CdsHooks;

/// <summary>
/// One web host for the CDS Hooks tests: a trusted test EHR (tokens verified as in production), the sandbox origin
/// allowed by CORS, a 1 s deadline on FHIR server reads.
/// </summary>
public sealed class CdsHooksFixture : IDisposable
{
    public const string SandboxOrigin = "https://sandbox.cds-hooks.org";

    public CdsHooksFixture()
    {
        Factory = new WebFactory(Ehr.Settings(
            ("Spinewise:CdsHooks:AllowedOrigins:0", SandboxOrigin),
            ("Spinewise:CdsHooks:FhirServerTimeout", "00:00:01")));
    }

    public TrustedEhr Ehr { get; } = new();

    public WebFactory Factory { get; }

    public HttpClient Client() => Factory.CreateClient();

    /// <summary>POSTs JSON with a fresh ES384 token for the URL called, as an EHR does.</summary>
    public Task<HttpResponseMessage> PostSigned(string path, string json)
    {
        var client = Client();
        var token = new CdsTokens().With("aud", "http://localhost" + path).Sign(Ehr.Es);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client.PostJson(path, json);
    }

    public void Dispose()
    {
        Factory.Dispose();
        Ehr.Dispose();
    }
}
