using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using System.Text.Json;
using Spinewise.Domain;
using Spinewise.Domain.Diagnostics;
using Spinewise.Fhir.Internal;

namespace Spinewise.Fhir;

/// <summary>
/// Reads FHIR R4 JSON (a Bundle, a CDS Hooks prefetch object, single resources) and maps the chart to a case draft by
/// the rules of <c>docs/fhir.md</c>, with the knowledge's code map. Invalid FHIR is reported with the resource and
/// the element (FHIRPath); thread-safe.
/// </summary>
/// <param name="knowledge">The knowledge whose code map and vocabulary the mapping uses.</param>
public sealed class FhirCaseMapper(KnowledgeBase knowledge)
{
    private readonly KnowledgeBase _knowledge = knowledge ?? throw new ArgumentNullException(nameof(knowledge));

    /// <summary>Reads a Bundle of type searchset, collection or transaction.</summary>
    /// <param name="json">UTF-8 JSON.</param>
    /// <param name="inputName">The input's name for diagnostics (a file path, <c>request body</c>).</param>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Instance API by design: callers hold one mapper per knowledge version, and reading may come to depend on it.")]
    public Result<FhirRecords> ReadBundle(ReadOnlySpan<byte> json, string inputName)
    {
        ArgumentException.ThrowIfNullOrEmpty(inputName);
        return FhirReader.Read(json, inputName, prefix: null, bundleOnly: true, withLines: true);
    }

    /// <summary>Reads a Bundle or a single resource (a CDS Hooks draft order).</summary>
    /// <param name="json">UTF-8 JSON.</param>
    /// <param name="inputName">The input's name for diagnostics.</param>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Instance API by design: callers hold one mapper per knowledge version, and reading may come to depend on it.")]
    public Result<FhirRecords> ReadResources(ReadOnlySpan<byte> json, string inputName)
    {
        ArgumentException.ThrowIfNullOrEmpty(inputName);
        return FhirReader.Read(json, inputName, prefix: null, bundleOnly: false, withLines: true);
    }

    /// <summary>A Bundle or a single resource given as a JSON element (a CDS Hooks <c>context.draftOrders</c>), read in place.</summary>
    /// <param name="json">The element.</param>
    /// <param name="inputName">The input's name for diagnostics.</param>
    public Result<FhirRecords> ReadResources(JsonElement json, string inputName) => ReadResources(JsonMarshal.GetRawUtf8Value(json), inputName);

    /// <summary>
    /// Reads a CDS Hooks prefetch object: each value a Bundle or a resource; a <c>null</c> value means the EHR did not
    /// fetch it and is skipped (it is not an empty result). Paths start with <c>prefetch.&lt;key&gt;</c>.
    /// </summary>
    /// <param name="prefetch">The <c>prefetch</c> object of a hook request.</param>
    /// <param name="inputName">The input's name for diagnostics (<c>request body</c>).</param>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Instance API by design: callers hold one mapper per knowledge version, and reading may come to depend on it.")]
    public Result<FhirRecords> ReadPrefetch(JsonElement prefetch, string inputName)
    {
        ArgumentException.ThrowIfNullOrEmpty(inputName);
        if (prefetch.ValueKind != JsonValueKind.Object)
        {
            return Result<FhirRecords>.Failure([new Diagnostic(FhirDiagnosticCodes.MalformedJson, new DiagnosticLocation(inputName, "prefetch"),
                $"prefetch must be a JSON object but is {prefetch.ValueKind}")]);
        }

        var records = FhirRecords.Empty;
        var diagnostics = new List<Diagnostic>();
        foreach (var property in prefetch.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            // the value's own bytes in the request body, read in place: nothing is serialised again
            var read = FhirReader.Read(JsonMarshal.GetRawUtf8Value(property.Value), inputName, $"prefetch.{property.Name}", bundleOnly: false, withLines: false);
            if (read.TryGetValue(out var value))
            {
                records = records.Combine(value);
            }
            else
            {
                diagnostics.AddRange(read.Diagnostics);
            }
        }

        return diagnostics.Count > 0 ? Result<FhirRecords>.Failure(diagnostics) : Result<FhirRecords>.Success(records);
    }

    /// <summary>Maps the chart to a case draft on the evaluation date (ages, durations and the latest values are taken at it).</summary>
    /// <param name="records">The resources read.</param>
    /// <param name="asOf">The evaluation date.</param>
    public FhirMapping Map(FhirRecords records, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(records);
        return new ChartMapper(_knowledge, asOf).Map(records);
    }
}
