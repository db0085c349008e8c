using Hl7.Fhir.Model;

namespace Spinewise.Fhir.Internal;

/// <summary>A resource read from an input, with the input's name, the resource's FHIRPath in it and how to refer to it.</summary>
/// <param name="Resource">The resource.</param>
/// <param name="File">The input's name.</param>
/// <param name="Path">The resource's path in the input (<c>Bundle.entry[3].resource</c>, <c>ServiceRequest</c>).</param>
/// <param name="Reference"><c>Type/id</c>, else the entry's <c>fullUrl</c>, else <paramref name="Path"/>.</param>
internal sealed record RecordEntry(Resource Resource, string File, string Path, string Reference);
