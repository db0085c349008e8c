using System.Collections.Frozen;

namespace Spinewise.Web.Features.CdsHooks;

/// <summary>
/// The services of <c>GET /cds-services</c>: patient-view, order-select and order-sign, each with prefetch templates
/// that are valid FHIR R4 searches (no <c>status=</c> on Condition, no <c>sort:desc</c>) for exactly what the FHIR
/// mapping reads: the Patient, its Conditions, the Observations whose LOINC codes the knowledge code map lists, and
/// its Procedures; patient-view also its active ServiceRequests. Order hooks read the orders from
/// <c>context.draftOrders</c>, which no prefetch template can name.
/// </summary>
internal sealed class CdsServiceCatalog
{
    private const string Patient = "{{context.patientId}}";
    private readonly FrozenDictionary<string, CdsService> _byId;

    /// <param name="observationCodes">The LOINC codes of the Observations the mapping reads (from the knowledge code map).</param>
    public CdsServiceCatalog(IEnumerable<string> observationCodes)
    {
        var codes = observationCodes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var chart = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["patient"] = $"Patient/{Patient}",
            ["conditions"] = $"Condition?patient={Patient}",
        };
        if (codes.Count > 0)
        {
            chart["observations"] = $"Observation?patient={Patient}&code={string.Join(',', codes.Select(c => Domain.Codes.CodeSystems.Loinc + "|" + c))}&_sort=-date";
        }

        chart["procedures"] = $"Procedure?patient={Patient}";
        var patientView = new Dictionary<string, string>(chart, StringComparer.Ordinal)
        {
            ["serviceRequests"] = $"ServiceRequest?patient={Patient}&status=active",
        };

        Services =
        [
            new CdsService(
                CdsService.PatientView,
                "Spinewise: interventional low-back-pain guidance for this chart",
                "When a chart about low back pain is opened: which interventional procedures the guidelines support for this patient, "
                + "which stay undetermined and what to ask next, with the full evaluation linked. No card when the chart holds nothing about low back pain.",
                "spinewise-patient-view",
                patientView,
                "Send the prefetch listed, or a fhirServer (with fhirAuthorization when the server needs a token) that can read them."),
            new CdsService(
                CdsService.OrderSelect,
                "Spinewise: where guidelines agree and disagree on the procedure selected",
                "When a spine procedure is selected: each guideline's stance on it for this patient with grade and certainty as published, "
                + "the conflicts among those that apply with their reasons and sources, and the prerequisites or contraindications not yet on record.",
                "spinewise-order-select",
                chart,
                "Send the prefetch listed (or a fhirServer that can read them) and the draft orders in context.draftOrders: ServiceRequests coded in CPT (the codes of the knowledge code map)."),
            new CdsService(
                CdsService.OrderSign,
                "Spinewise: guideline check of the spine procedure being signed",
                "When a spine procedure order is signed: each guideline's stance on it for this patient, the conflicts among them with their "
                + "reasons and sources, and the prerequisites or contraindications not yet on record.",
                "spinewise-order-sign",
                chart,
                "Send the prefetch listed (or a fhirServer that can read them) and the draft orders in context.draftOrders: ServiceRequests coded in CPT (the codes of the knowledge code map)."),
        ];
        _byId = Services.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
    }

    /// <summary>The services in discovery order.</summary>
    public IReadOnlyList<CdsService> Services { get; }

    public CdsService? Find(string id) => _byId.GetValueOrDefault(id);
}
