using System.Net;

namespace Spinewise.Web.Hosting;

/// <summary>
/// Without an authority protecting stored evaluations (patient data), the host serves loopback only: this decides
/// which configured or bound addresses break that rule.
/// </summary>
internal static class LoopbackRule
{
    /// <summary>The default address when nothing else is configured.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Every address the configuration asks Kestrel to listen on (<c>urls</c>, <c>http_ports</c>, <c>https_ports</c>, <c>Kestrel:Endpoints</c>).</summary>
    public static IReadOnlyList<string> ConfiguredAddresses(IConfiguration configuration)
    {
        var addresses = new List<string>();
        addresses.AddRange(Split(configuration["urls"]));
        addresses.AddRange(Split(configuration["http_ports"]).Select(port => $"http://*:{port}"));
        addresses.AddRange(Split(configuration["https_ports"]).Select(port => $"https://*:{port}"));
        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            if (endpoint["Url"] is { Length: > 0 } url)
            {
                addresses.Add(url);
            }
        }

        return addresses;
    }

    /// <summary>The addresses that are not loopback (<c>localhost</c>, 127.0.0.0/8, <c>[::1]</c>, or a Unix socket).</summary>
    public static IReadOnlyList<string> NonLoopback(IEnumerable<string> addresses) =>
        addresses.Where(a => !IsLoopback(a)).ToList();

    public static bool IsLoopback(string address)
    {
        if (address.StartsWith("http://unix:", StringComparison.OrdinalIgnoreCase)
            || address.StartsWith("https://unix:", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var schemeEnd = address.IndexOf("://", StringComparison.Ordinal);
        var rest = schemeEnd < 0 ? address : address[(schemeEnd + 3)..];
        var host = rest.StartsWith('[') ? rest[1..Math.Max(1, rest.IndexOf(']', StringComparison.Ordinal))] : rest.Split(':', '/')[0];
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip);
    }

    private static string[] Split(string? value) =>
        value is null ? [] : value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
