namespace Spinewise.Fhir;

/// <summary>
/// A completed Procedure of a chart whose code maps to one intervention (the mapping's own code rule), as the
/// appropriateness audit takes it; <see cref="FhirChartAsOf"/> lists them and gives the chart as it stood before each.
/// </summary>
/// <param name="Reference">The resource reference (<c>Procedure/abc</c>, else the entry's <c>fullUrl</c>, else its path).</param>
/// <param name="System">The system of the coding that maps (the concept's first coding the code map holds).</param>
/// <param name="Code">That coding's code.</param>
/// <param name="Intervention">The intervention id it maps to.</param>
/// <param name="Variant">The variant it maps to, if any.</param>
/// <param name="Performed">
/// The day it was performed: <c>performedDateTime</c>, else <c>performedPeriod.start</c>, as a full date; <see langword="null"/>
/// when there is none (no performed[x], a partial date, <c>performedString</c>, <c>performedAge</c>, <c>performedRange</c>).
/// </param>
/// <param name="Position">The resource's position among the chart's resources (what tells two procedures apart).</param>
public sealed record FhirPerformedProcedure(string Reference, string System, string Code, string Intervention, string? Variant, DateOnly? Performed, int Position);
