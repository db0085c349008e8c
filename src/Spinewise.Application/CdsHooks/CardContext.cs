namespace Spinewise.Application.CdsHooks;

/// <summary>What the cards of one hook call need beyond the decision: the stored evaluation they belong to and where it is shown.</summary>
/// <param name="EvaluationId">The id the hook call is stored under; every card and suggestion uuid is derived from it (<see cref="CdsCardBuilder.CardUuid"/>).</param>
/// <param name="EvaluationLink">The absolute URL of the evaluation's page in the app (each card's <c>absolute</c> link).</param>
/// <param name="ServiceSourceUrl">The absolute URL each card's <c>source.url</c> points to (what the service is and how it works).</param>
/// <param name="PatientId">The FHIR id of the patient (<c>context.patientId</c>), the <c>subject</c> of suggested orders; without it cards carry no suggestion (an R4 ServiceRequest requires a subject).</param>
public sealed record CardContext(Guid EvaluationId, Uri EvaluationLink, Uri ServiceSourceUrl, string? PatientId = null);
