using System.Text.Json;
using Spinewise.Web.Problems;

namespace Spinewise.Web.Features.CdsHooks;

/// <summary>
/// Reads a service call's body (CDS Hooks 2.0 §Calling a CDS Service): every problem is collected with its JSON path
/// and the whole list is answered as one 400; members the specification does not define are ignored.
/// </summary>
internal static class CdsHookRequestReader
{
    public static (CdsHookRequest? Request, IReadOnlyList<ProblemError> Errors) Read(byte[] body, CdsService service)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } l ? (int)l + 1 : (int?)null;
            var column = ex.BytePositionInLine is { } c ? (int)c + 1 : (int?)null;
            return (null, [new ProblemError("malformed-json", "The body is not valid JSON: " + ex.Message.Split(" LineNumber", 2)[0], "$", line, column)]);
        }

        var errors = new List<ProblemError>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, [new ProblemError("invalid-request", "The body is not a JSON object.", "$")]);
        }

        var hook = RequiredString(root, "hook", "$.hook", errors);
        if (hook is not null && hook != service.Hook)
        {
            errors.Add(new ProblemError("wrong-hook", $"The service '{service.Id}' answers the hook '{service.Hook}', not '{hook}'.", "$.hook"));
        }

        var hookInstance = RequiredString(root, "hookInstance", "$.hookInstance", errors);
        var fhirServer = FhirServer(root, errors);
        var token = AccessToken(root, fhirServer is not null, errors);
        string? patientId = null;
        JsonElement? draftOrders = null;
        if (!root.TryGetProperty("context", out var context) || context.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new ProblemError("invalid-request", "context is required and is an object.", "$.context"));
        }
        else
        {
            patientId = RequiredString(context, "patientId", "$.context.patientId", errors);
            if (service.ReadsDraftOrders)
            {
                if (context.TryGetProperty("draftOrders", out var orders) && orders.ValueKind == JsonValueKind.Object)
                {
                    draftOrders = orders;
                }
                else
                {
                    errors.Add(new ProblemError("invalid-request", $"context.draftOrders is required for {service.Hook} and is a FHIR Bundle.", "$.context.draftOrders"));
                }
            }
        }

        JsonElement? prefetch = null;
        if (root.TryGetProperty("prefetch", out var given))
        {
            if (given.ValueKind == JsonValueKind.Object)
            {
                prefetch = given;
            }
            else
            {
                errors.Add(new ProblemError("invalid-request", "prefetch is an object of prefetch keys.", "$.prefetch"));
            }
        }

        return errors.Count > 0
            ? (null, errors)
            : (new CdsHookRequest(hook!, hookInstance!, fhirServer, token, patientId!, context, prefetch, draftOrders), errors);
    }

    private static string? RequiredString(JsonElement parent, string name, string path, List<ProblemError> errors)
    {
        if (parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
        {
            return text;
        }

        errors.Add(new ProblemError("invalid-request", $"{name} is required and is a non-empty string.", path));
        return null;
    }

    private static Uri? FhirServer(JsonElement root, List<ProblemError> errors)
    {
        if (!root.TryGetProperty("fhirServer", out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String
            && Uri.TryCreate(value.GetString(), UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            return uri;
        }

        errors.Add(new ProblemError("invalid-request", "fhirServer is an absolute http(s) URL.", "$.fhirServer"));
        return null;
    }

    private static string? AccessToken(JsonElement root, bool hasServer, List<ProblemError> errors)
    {
        if (!root.TryGetProperty("fhirAuthorization", out var authorization))
        {
            return null;
        }

        if (!hasServer && !root.TryGetProperty("fhirServer", out _))
        {
            errors.Add(new ProblemError("invalid-request", "fhirAuthorization is sent only with fhirServer.", "$.fhirAuthorization"));
        }

        if (authorization.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new ProblemError("invalid-request", "fhirAuthorization is an object.", "$.fhirAuthorization"));
            return null;
        }

        return RequiredString(authorization, "access_token", "$.fhirAuthorization.access_token", errors);
    }
}
