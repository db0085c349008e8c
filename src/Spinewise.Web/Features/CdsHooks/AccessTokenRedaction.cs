using System.Text.Json;

namespace Spinewise.Web.Features.CdsHooks;

/// <summary>
/// The request body as stored: byte for byte as received, except the value of <c>fhirAuthorization.access_token</c>,
/// which becomes <c>"redacted"</c> — the specification makes the token transient (never stored, logged or shared),
/// and the audit trail is readable through the API.
/// </summary>
internal static class AccessTokenRedaction
{
    private static readonly byte[] Redacted = "\"redacted\""u8.ToArray();

    public static byte[] Redact(byte[] body)
    {
        var reader = new Utf8JsonReader(body);
        var inAuthorization = false;
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            if (reader.CurrentDepth == 1)
            {
                inAuthorization = reader.ValueTextEquals("fhirAuthorization");
            }
            else if (inAuthorization && reader.CurrentDepth == 2 && reader.ValueTextEquals("access_token"))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.String)
                {
                    return body;
                }

                var start = (int)reader.TokenStartIndex;
                var end = start + reader.ValueSpan.Length + 2;
                var result = new byte[body.Length - (end - start) + Redacted.Length];
                body.AsSpan(0, start).CopyTo(result);
                Redacted.CopyTo(result.AsSpan(start));
                body.AsSpan(end).CopyTo(result.AsSpan(start + Redacted.Length));
                return result;
            }
        }

        return body;
    }
}
