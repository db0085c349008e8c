using System.Net;

namespace Spinewise.Web.CdsSecurity;

/// <summary>What is wrong with <see cref="CdsHooksSecurityOptions"/>, each message naming the setting at fault.</summary>
internal static class CdsSecurityValidation
{
    private static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    public static List<string> Problems(CdsHooksSecurityOptions options, string environmentName, bool isDevelopment)
    {
        const string S = CdsHooksSecurityOptions.Section;
        var problems = new List<string>();
        if (!options.VerifyTokens && !isDevelopment)
        {
            problems.Add($"{S}:VerifyTokens is false, which only the Development environment allows: in {environmentName} every CDS Hooks call would be " +
                "answered (and stored) without checking which EHR sent it. Remove the setting or set it to true.");
        }

        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > MaxClockSkew)
        {
            problems.Add($"{S}:ClockSkew {options.ClockSkew} must be between 00:00:00 and {MaxClockSkew}.");
        }

        if (options.MaxTokenLifetime is { } max && max <= TimeSpan.Zero)
        {
            problems.Add($"{S}:MaxTokenLifetime {max} must be positive (or left out for no maximum).");
        }

        if (options.JwksTimeout <= TimeSpan.Zero || options.JwksTimeout > TimeSpan.FromMinutes(1))
        {
            problems.Add($"{S}:JwksTimeout {options.JwksTimeout} must be positive and at most 00:01:00.");
        }

        if (options.JwksCacheDuration <= TimeSpan.Zero)
        {
            problems.Add($"{S}:JwksCacheDuration {options.JwksCacheDuration} must be positive.");
        }

        if (options.JwksMinRefreshInterval < TimeSpan.Zero)
        {
            problems.Add($"{S}:JwksMinRefreshInterval {options.JwksMinRefreshInterval} must not be negative.");
        }

        if (options.PublicBaseUrl is { Length: > 0 } publicBase
            && (!Uri.TryCreate(publicBase, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.Query.Length > 0 || uri.Fragment.Length > 0))
        {
            problems.Add($"{CdsHooksSecurityOptions.PublicBaseUrlKey} '{publicBase}' must be an absolute http(s) URL without query or fragment, e.g. https://cds.example.org.");
        }

        var seen = new HashSet<(string, string?)>();
        for (var i = 0; i < options.Issuers.Count; i++)
        {
            var issuer = options.Issuers[i];
            var at = $"{S}:Issuers:{i}";
            if (string.IsNullOrWhiteSpace(issuer.Issuer))
            {
                problems.Add($"{at}:Issuer is missing: the iss its tokens carry.");
            }
            else if (!seen.Add((issuer.Issuer, issuer.Tenant)))
            {
                problems.Add($"{at}:Issuer '{issuer.Issuer}'{(issuer.Tenant is null ? "" : $" with Tenant '{issuer.Tenant}'")} is configured twice.");
            }

            var hasUrl = !string.IsNullOrWhiteSpace(issuer.JwksUrl);
            var hasFile = !string.IsNullOrWhiteSpace(issuer.JwksFile);
            if (hasUrl == hasFile)
            {
                problems.Add($"{at} needs exactly one of JwksUrl and JwksFile (the issuer's JWK Set).");
            }

            if (hasUrl && !IsKeyUrl(issuer.JwksUrl!))
            {
                problems.Add($"{at}:JwksUrl '{issuer.JwksUrl}' must be an absolute https URL (http only on a loopback address).");
            }

            for (var j = 0; j < issuer.JkuAllowList.Count; j++)
            {
                if (!IsKeyUrl(issuer.JkuAllowList[j]))
                {
                    problems.Add($"{at}:JkuAllowList:{j} '{issuer.JkuAllowList[j]}' must be an absolute https URL (http only on a loopback address).");
                }
            }
        }

        return problems;
    }

    private static bool IsKeyUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && (uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip)))));
}
