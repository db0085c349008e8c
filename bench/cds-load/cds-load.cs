#:package Microsoft.IdentityModel.JsonWebTokens
#:property PublishAot=false
// Load driver for the CDS Hooks service with JWT verification on. hey sends one fixed Authorization header, and a
// CDS Hooks token is accepted once (its jti is recorded), so the verified path needs one token per request:
//   dotnet run bench/cds-load/cds-load.cs -- keys   DIR [ES384|RS384]           -> DIR/jwks.json (public), DIR/ehr-key.json (private)
//   dotnet run bench/cds-load/cds-load.cs -- mint   DIR AUD COUNT [LIFETIME_S]  -> DIR/tokens.txt, one token per line (not timed)
//   dotnet run bench/cds-load/cds-load.cs -- drive  URL TOKENS BODY RATE SECONDS [CONNECTIONS] > results.csv
// The server trusts the key with Spinewise:CdsHooks:Issuers:0:Issuer=https://bench.ehr.example and
// Spinewise:CdsHooks:Issuers:0:JwksFile=DIR/jwks.json. "drive" is open-loop: request i is started at i/RATE seconds
// (checked every millisecond, so starts bunch within 1 ms), each with the next unused token; it writes hey's
// `-o csv` columns response-time (s), offset (s), status-code, so bench/http/percentiles.py summarises it.
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

const string Issuer = "https://bench.ehr.example";
const string EcKid = "bench-es384";
const string RsaKid = "bench-rs384";

switch (args.FirstOrDefault())
{
    case "keys" when args.Length is 2 or 3:
        Directory.CreateDirectory(args[1]);
        var rsa = args.Length == 3 && args[2] == "RS384";
        object publicJwk, privateJwk;
        if (rsa)
        {
            using var generated = RSA.Create(2048);
            var p = generated.ExportParameters(includePrivateParameters: true);
            string B(byte[]? b) => Base64UrlEncoder.Encode(b);
            publicJwk = new { kty = "RSA", n = B(p.Modulus), e = B(p.Exponent), kid = RsaKid, use = "sig", alg = "RS384" };
            privateJwk = new { kty = "RSA", n = B(p.Modulus), e = B(p.Exponent), d = B(p.D), p = B(p.P), q = B(p.Q), dp = B(p.DP), dq = B(p.DQ), qi = B(p.InverseQ), kid = RsaKid, alg = "RS384" };
        }
        else
        {
            using var generatedEc = ECDsa.Create(ECCurve.NamedCurves.nistP384);
            var p = generatedEc.ExportParameters(includePrivateParameters: true);
            var x = Base64UrlEncoder.Encode(p.Q.X);
            var y = Base64UrlEncoder.Encode(p.Q.Y);
            publicJwk = new { kty = "EC", crv = "P-384", x, y, kid = EcKid, use = "sig", alg = "ES384" };
            privateJwk = new { kty = "EC", crv = "P-384", x, y, d = Base64UrlEncoder.Encode(p.D), kid = EcKid, alg = "ES384" };
        }

        File.WriteAllText(Path.Combine(args[1], "jwks.json"), JsonSerializer.Serialize(new { keys = new[] { publicJwk } }));
        File.WriteAllText(Path.Combine(args[1], "ehr-key.json"), JsonSerializer.Serialize(privateJwk));
        Console.Error.WriteLine($"wrote {args[1]}/jwks.json (issuer {Issuer}, {(rsa ? "RS384" : "ES384")}) and {args[1]}/ehr-key.json (private; keep it out of the repository)");
        return 0;

    case "mint" when args.Length is 4 or 5:
        var key = new JsonWebKey(File.ReadAllText(Path.Combine(args[1], "ehr-key.json")));
        var count = int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture);
        var lifetime = args.Length == 5 ? long.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 900;
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        var credentials = new SigningCredentials(key, key.Alg);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var lines = new string[count];
        Parallel.For(0, count, i => lines[i] = handler.CreateToken(
            JsonSerializer.Serialize(new { iss = Issuer, aud = args[2], iat = now, exp = now + lifetime, jti = Guid.NewGuid().ToString() }), credentials));
        File.WriteAllLines(Path.Combine(args[1], "tokens.txt"), lines);
        Console.Error.WriteLine($"wrote {count} tokens for aud {args[2]}, valid until {DateTimeOffset.FromUnixTimeSeconds(now + lifetime):O}");
        return 0;

    case "drive" when args.Length is 6 or 7:
        return await DriveAsync(new Uri(args[1]), File.ReadAllLines(args[2]), File.ReadAllBytes(args[3]),
            double.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture), double.Parse(args[5], System.Globalization.CultureInfo.InvariantCulture),
            args.Length == 7 ? int.Parse(args[6], System.Globalization.CultureInfo.InvariantCulture) : 64);

    default:
        Console.Error.WriteLine("usage: keys DIR [ES384|RS384] | mint DIR AUD COUNT [LIFETIME_S] | drive URL TOKENS BODY RATE SECONDS [CONNECTIONS]");
        return 2;
}

static async Task<int> DriveAsync(Uri url, string[] tokens, byte[] body, double rate, double seconds, int connections)
{
    var total = (int)(rate * seconds);
    if (tokens.Length < total)
    {
        Console.Error.WriteLine($"{total} requests need {total} tokens; the file has {tokens.Length} (mint more: each is accepted once)");
        return 2;
    }

    using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseCookies = false });
    var latency = new double[total];
    var offset = new double[total];
    var status = new int[total];
    var running = new List<Task>(total);
    var clock = Stopwatch.StartNew();
    for (var next = 0; next < total;)
    {
        var due = Math.Min(total, (int)(clock.Elapsed.TotalSeconds * rate) + 1);
        for (; next < due; next++)
        {
            running.Add(SendAsync(next));
        }

        await Task.Delay(1);
    }

    await Task.WhenAll(running);
    var csv = new StringBuilder("response-time,offset,status-code\n");
    for (var i = 0; i < total; i++)
    {
        csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"{latency[i]:F6},{offset[i]:F6},{status[i]}\n");
    }

    Console.Out.Write(csv);
    return 0;

    async Task SendAsync(int i)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[i]);
        var start = clock.Elapsed;
        offset[i] = start.TotalSeconds;
        try
        {
            using var response = await client.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            status[i] = (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            status[i] = 0;
        }

        latency[i] = (clock.Elapsed - start).TotalSeconds;
    }
}
