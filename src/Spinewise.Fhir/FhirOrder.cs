namespace Spinewise.Fhir;

/// <summary>A procedure being ordered: an active or draft <c>ServiceRequest</c> (a CDS Hooks draft order among them).</summary>
/// <param name="Reference">The resource: <c>ServiceRequest/abc</c>, its <c>fullUrl</c>, or its path in the input.</param>
/// <param name="System">System URI of the coding read (the mapped one, else the first).</param>
/// <param name="Code">The coding's code.</param>
/// <param name="Display">The coding's display, or <see langword="null"/>.</param>
/// <param name="InterventionId">The vocabulary intervention it maps to, or <see langword="null"/> when the code maps to none (or to several).</param>
/// <param name="Variant">The intervention's variant where the code names one, or <see langword="null"/>.</param>
/// <param name="Status">The request's status (<c>draft</c> or <c>active</c>).</param>
/// <param name="Intent">The request's intent (<c>order</c>, <c>proposal</c>, …).</param>
public sealed record FhirOrder(string Reference, string System, string Code, string? Display, string? InterventionId, string? Variant, string Status, string Intent);
