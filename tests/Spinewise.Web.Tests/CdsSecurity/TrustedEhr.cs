namespace Spinewise.Web.Tests.CdsSecurity;

/// <summary>
/// A test EHR trusted by a test host: an ES384 and an RS384 key published in a JWKS file, and the settings that
/// trust <see cref="CdsTokens.Issuer"/> with them (and one allow-listed <c>jku</c>). Deleted on dispose.
/// </summary>
public sealed class TrustedEhr : IDisposable
{
    public const string AllowedJku = "https://ehr.example.org/.well-known/jwks.json";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "spinewise-ehr-" + Guid.NewGuid().ToString("N"));

    public TrustedEhr()
    {
        Directory.CreateDirectory(_folder);
        JwksFile = Path.Combine(_folder, "jwks.json");
        File.WriteAllText(JwksFile, EhrKey.JwksJson(Es, Rs));
    }

    public EhrKey Es { get; } = EhrKey.Es384();

    public EhrKey Rs { get; } = EhrKey.Rs384();

    public string JwksFile { get; }

    /// <summary>The host settings trusting this EHR, plus <paramref name="extra"/>.</summary>
    public Dictionary<string, string?> Settings(params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Spinewise:CdsHooks:Issuers:0:Issuer"] = CdsTokens.Issuer,
            ["Spinewise:CdsHooks:Issuers:0:JwksFile"] = JwksFile,
            ["Spinewise:CdsHooks:Issuers:0:JkuAllowList:0"] = AllowedJku,
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    public void Dispose()
    {
        Es.Dispose();
        Rs.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
