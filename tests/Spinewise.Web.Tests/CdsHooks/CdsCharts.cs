using System.Text.Json.Nodes;

namespace Spinewise.Web.Tests.CdsHooks;

/// <summary>
/// CDS Hooks requests for the tests: a chart of lumbar radicular pain from disc herniation (ICD-10-CM M51.16, NRS 7,
/// codes from the knowledge code map) and a draft order of a transforaminal ESI (CPT 64483).
/// </summary>
public static class CdsCharts
{
    public const string PatientId = "pt-1";

    public static JsonObject Patient() => new()
    {
        ["resourceType"] = "Patient",
        ["id"] = PatientId,
        ["birthDate"] = "1968-04-02",
        ["gender"] = "female",
    };

    public static JsonObject Conditions() => Searchset(new JsonObject
    {
        ["resourceType"] = "Condition",
        ["id"] = "c-1",
        ["clinicalStatus"] = Concept("http://terminology.hl7.org/CodeSystem/condition-clinical", "active"),
        ["verificationStatus"] = Concept("http://terminology.hl7.org/CodeSystem/condition-ver-status", "confirmed"),
        ["code"] = Concept("http://hl7.org/fhir/sid/icd-10-cm", "M51.16"),
        ["subject"] = new JsonObject { ["reference"] = "Patient/" + PatientId },
        ["onsetDateTime"] = "2025-01-10",
    });

    public static JsonObject Observations() => Searchset(new JsonObject
    {
        ["resourceType"] = "Observation",
        ["id"] = "o-1",
        ["status"] = "final",
        ["code"] = Concept("http://loinc.org", "72514-3"),
        ["subject"] = new JsonObject { ["reference"] = "Patient/" + PatientId },
        ["effectiveDateTime"] = "2026-11-20",
        ["valueQuantity"] = new JsonObject { ["value"] = 7, ["unit"] = "{score}", ["system"] = "http://unitsofmeasure.org", ["code"] = "{score}" },
    });

    public static JsonObject Procedures() => Searchset();

    public static JsonObject ServiceRequests() => Searchset();

    public static JsonObject DraftOrders() => new()
    {
        ["resourceType"] = "Bundle",
        ["type"] = "collection",
        ["entry"] = new JsonArray(new JsonObject
        {
            ["resource"] = new JsonObject
            {
                ["resourceType"] = "ServiceRequest",
                ["id"] = "sr-1",
                ["status"] = "draft",
                ["intent"] = "order",
                ["code"] = Concept("http://www.ama-assn.org/go/cpt", "64483"),
                ["subject"] = new JsonObject { ["reference"] = "Patient/" + PatientId },
            },
        }),
    };

    /// <summary>The full prefetch of a service (every key its discovery lists).</summary>
    public static JsonObject Prefetch(string hook)
    {
        var prefetch = new JsonObject
        {
            ["patient"] = Patient(),
            ["conditions"] = Conditions(),
            ["observations"] = Observations(),
            ["procedures"] = Procedures(),
        };
        if (hook == "patient-view")
        {
            prefetch["serviceRequests"] = ServiceRequests();
        }

        return prefetch;
    }

    /// <summary>A hook call; <paramref name="prefetch"/> null sends none.</summary>
    public static JsonObject Request(string hook, string hookInstance, JsonObject? prefetch, string? fhirServer = null, string? token = null)
    {
        var context = new JsonObject { ["userId"] = "Practitioner/dr-1", ["patientId"] = PatientId };
        if (hook != "patient-view")
        {
            context["draftOrders"] = DraftOrders();
            if (hook == "order-select")
            {
                context["selections"] = new JsonArray("ServiceRequest/sr-1");
            }
        }

        var request = new JsonObject { ["hook"] = hook, ["hookInstance"] = hookInstance, ["context"] = context };
        if (fhirServer is not null)
        {
            request["fhirServer"] = fhirServer;
        }

        if (token is not null)
        {
            request["fhirAuthorization"] = new JsonObject
            {
                ["access_token"] = token,
                ["token_type"] = "Bearer",
                ["expires_in"] = 300,
                ["scope"] = "patient/Patient.read patient/Condition.read patient/Observation.read patient/Procedure.read",
                ["subject"] = "spinewise",
                ["patient"] = PatientId,
            };
        }

        if (prefetch is not null)
        {
            request["prefetch"] = prefetch;
        }

        return request;
    }

    public static string ServiceId(string hook) => "spinewise-" + hook;

    private static JsonObject Concept(string system, string code) =>
        new() { ["coding"] = new JsonArray(new JsonObject { ["system"] = system, ["code"] = code }) };

    /// <summary>A searchset; an empty one has no <c>entry</c> (FHIR JSON has no empty arrays).</summary>
    private static JsonObject Searchset(params JsonObject[] resources)
    {
        var bundle = new JsonObject { ["resourceType"] = "Bundle", ["type"] = "searchset", ["total"] = resources.Length };
        if (resources.Length > 0)
        {
            bundle["entry"] = new JsonArray([.. resources.Select(r => (JsonNode)new JsonObject { ["fullUrl"] = $"urn:uuid:{Guid.NewGuid()}", ["resource"] = r })]);
        }

        return bundle;
    }
}

/// <summary>Assertions on responses that show the body when they fail.</summary>
public static class ResponseAssertions
{
    public static async Task ShouldBeOk(this HttpResponseMessage response) =>
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
}
