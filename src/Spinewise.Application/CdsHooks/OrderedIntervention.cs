namespace Spinewise.Application.CdsHooks;

/// <summary>A procedure being ordered (a draft order of an order hook), mapped onto the vocabulary.</summary>
/// <param name="InterventionId">The vocabulary id of the procedure, e.g. <c>epidural-steroid-injection</c>.</param>
/// <param name="Variant">The variant id when the order's code names one (e.g. <c>transforaminal</c>), else <see langword="null"/>.</param>
/// <param name="OrderReference">The order's reference in the request, e.g. <c>ServiceRequest/abc</c>.</param>
public sealed record OrderedIntervention(string InterventionId, string? Variant, string OrderReference);
