using Hl7.Fhir.Model;
using Spinewise.Fhir.Internal;

namespace Spinewise.Fhir;

/// <summary>
/// FHIR R4 resources read from one or more inputs (a Bundle, a CDS Hooks prefetch, draft orders), each with where it
/// came from; read them with <see cref="FhirCaseMapper"/> and map them with <see cref="FhirCaseMapper.Map"/>.
/// </summary>
public sealed class FhirRecords
{
    internal FhirRecords(IReadOnlyList<RecordEntry> entries) => Entries = entries;

    /// <summary>No resources.</summary>
    public static FhirRecords Empty { get; } = new([]);

    internal IReadOnlyList<RecordEntry> Entries { get; }

    /// <summary>How many resources were read (of the types the mapping reads).</summary>
    public int Count => Entries.Count;

    /// <summary>How many resources of a type were read, e.g. <c>Condition</c>.</summary>
    /// <param name="resourceType">A FHIR resource type name.</param>
    public int CountOf(string resourceType) => Entries.Count(e => e.Resource.TypeName == resourceType);

    /// <summary>The id of the first Patient read, or <see langword="null"/>.</summary>
    public string? PatientId => Entries.Select(e => e.Resource).OfType<Patient>().FirstOrDefault()?.Id;

    /// <summary>These resources followed by another input's.</summary>
    /// <param name="other">The other records.</param>
    public FhirRecords Combine(FhirRecords other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Count == 0 ? this : Count == 0 ? other : new FhirRecords([.. Entries, .. other.Entries]);
    }
}
