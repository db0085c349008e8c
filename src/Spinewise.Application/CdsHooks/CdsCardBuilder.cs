using Spinewise.Application.CdsHooks.Internal;
using Spinewise.Domain.Decisions;

namespace Spinewise.Application.CdsHooks;

/// <summary>
/// Builds CDS Hooks 2.0 cards from a decision report. Every text on a card comes from the knowledge with its source
/// (guideline short titles, recommendation statements and ids, criterion statements, conflict reasons, questions);
/// cards report what each source says and never tell the clinician what to do. Guidelines that disagree are shown side
/// by side, never averaged. Card and suggestion uuids are name-based (RFC 9562 version 5) on the evaluation id, so a
/// stored answer is reproducible and feedback finds its evaluation.
/// </summary>
/// <param name="host">The knowledge the report was made with.</param>
public sealed class CdsCardBuilder(KnowledgeHost host)
{
    /// <summary>The product's local code system of card topics: an intervention's vocabulary id, or <see cref="PatientViewTopic"/>.</summary>
    public const string TopicSystem = "https://spinewise.example/cds/topic";

    /// <summary>The topic code of the patient-view card.</summary>
    public const string PatientViewTopic = "low-back-pain-procedures";

    /// <summary>The namespace of every card uuid (a fixed, random version 4 UUID of the product).</summary>
    public static readonly Guid CardNamespace = new("6f1d3c9e-2b7a-4e55-9c1f-8a0d4b2e7c31");

    /// <summary>
    /// Order hooks: one card per ordered procedure the vocabulary knows and some source speaks to (orders of the same
    /// procedure and variant share one card; a variant the vocabulary does not know counts as none; unknown procedures
    /// get no card). Each card gives every guideline's stance on
    /// the ordered form for this patient, the disagreements among those that apply with their reasons, the selection
    /// criteria not settled, and the questions that bear on it; override reasons (<see cref="CdsOverrideReasons"/>).
    /// </summary>
    /// <param name="report">The decision for the chart's case.</param>
    /// <param name="orders">The procedures being ordered, in the order of the request.</param>
    /// <param name="hook">Order-select or order-sign.</param>
    /// <param name="context">The evaluation id and links.</param>
    /// <exception cref="ArgumentException"><paramref name="hook"/> is patient-view, or the report was made on other knowledge.</exception>
    public CdsCards ForOrders(DecisionReport report, IReadOnlyList<OrderedIntervention> orders, CdsHook hook, CardContext context)
    {
        Check(report, context);
        ArgumentNullException.ThrowIfNull(orders);
        if (hook == CdsHook.PatientView)
        {
            throw new ArgumentException("Order cards are for order-select and order-sign.", nameof(hook));
        }

        var kb = host.Knowledge;
        var cards = new List<CdsCard>();
        var forms = orders
            .Select(o => report.Interventions.FirstOrDefault(a => a.Intervention.Id.Value == o.InterventionId) is { } assessment ? new OrderedForm(assessment, o.Variant) : null)
            .OfType<OrderedForm>()
            .DistinctBy(f => OrderKey(f.Assessment.Intervention.Id.Value, f.Variant?.Id));
        foreach (var form in forms)
        {
            var uuid = CardUuid(context.EvaluationId, OrderKey(form.Assessment.Intervention.Id.Value, form.Variant?.Id));
            var (suggestions, behaviour) = PrerequisiteOrders.For(kb, form, context, uuid);
            cards.Add(OrderCard.Build(kb, report, form, context, uuid, suggestions, behaviour));
        }

        return new CdsCards(cards);
    }

    /// <summary>Patient-view: one card summarising which procedures fit, which are undetermined and what to ask next; no card when the chart has nothing about low back pain.</summary>
    /// <param name="report">The decision for the chart's case.</param>
    /// <param name="hasLowBackPain">Whether anything in the chart is about low back pain.</param>
    /// <param name="context">The evaluation id and links.</param>
    /// <exception cref="ArgumentException">The report was made on other knowledge.</exception>
    public CdsCards ForPatientView(DecisionReport report, bool hasLowBackPain, CardContext context)
    {
        Check(report, context);
        return hasLowBackPain
            ? new CdsCards([PatientViewCard.Build(host.Knowledge, report, context, CardUuid(context.EvaluationId, PatientViewKey))])
            : CdsCards.None;
    }

    /// <summary>The key of the patient-view card.</summary>
    public const string PatientViewKey = "patient-view";

    /// <summary>The key of an order card: <c>order/INTERVENTION</c> or <c>order/INTERVENTION/VARIANT</c>.</summary>
    /// <param name="interventionId">The ordered procedure's vocabulary id.</param>
    /// <param name="variant">The variant id the vocabulary knows, or <see langword="null"/>.</param>
    public static string OrderKey(string interventionId, string? variant) =>
        variant is null ? $"order/{interventionId}" : $"order/{interventionId}/{variant}";

    /// <summary>A card's uuid: the version 5 UUID of <c>EVALUATION-ID/KEY</c> in <see cref="CardNamespace"/>.</summary>
    /// <param name="evaluationId">The evaluation the card belongs to.</param>
    /// <param name="key">The card's key (<see cref="PatientViewKey"/>, <see cref="OrderKey"/>).</param>
    public static Guid CardUuid(Guid evaluationId, string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return NameBasedUuid.Create(CardNamespace, $"{evaluationId:D}/{key}");
    }

    /// <summary>A suggestion's uuid: the version 5 UUID of <c>CARD-UUID/suggestion/INTERVENTION</c> in <see cref="CardNamespace"/>.</summary>
    /// <param name="cardUuid">The card's uuid.</param>
    /// <param name="interventionId">The suggested procedure's vocabulary id.</param>
    public static Guid SuggestionUuid(Guid cardUuid, string interventionId)
    {
        ArgumentException.ThrowIfNullOrEmpty(interventionId);
        return NameBasedUuid.Create(CardNamespace, $"{cardUuid:D}/suggestion/{interventionId}");
    }

    private void Check(DecisionReport report, CardContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(context);
        if (report.KnowledgeVersion != host.Knowledge.Version)
        {
            throw new ArgumentException($"The report was made on knowledge {report.KnowledgeVersion.Sha256}, not this host's {host.Version}.", nameof(report));
        }
    }
}
