using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;
using Spinewise.Domain.Diagnostics;

namespace Spinewise.Fhir.Internal;

/// <summary>
/// Reads FHIR R4 JSON with <see cref="FastFhirReader"/>; when it gives up, with <see cref="FirelyReader"/>, whose issues
/// are the diagnostics. Collects the resources the mapping reads.
/// </summary>
internal static class FhirReader
{
    /// <summary>The resource types the mapping reads.</summary>
    public static readonly HashSet<string> ReadTypes = ["Patient", "Condition", "Observation", "Procedure", "ServiceRequest", "MedicationRequest"];

    private static readonly HashSet<Bundle.BundleType> BundleTypes = [Bundle.BundleType.Searchset, Bundle.BundleType.Collection, Bundle.BundleType.Transaction];

    /// <summary>Reads one resource; <paramref name="prefix"/> replaces the resource type at the start of paths (<c>prefetch.conditions</c>), or is <see langword="null"/>.</summary>
    public static Result<FhirRecords> Read(ReadOnlySpan<byte> json, string file, string? prefix, bool bundleOnly, bool withLines)
    {
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..]; // a UTF-8 byte-order mark is allowed, as for a JSON case
        }

        Resource resource;
        try
        {
            resource = FastFhirReader.Read(json, prefix);
        }
        catch (FallbackException)
        {
            return FirelyReader.Read(json, file, prefix, bundleOnly, withLines);
        }
        catch (FastReadException ex)
        {
            return Fail(ex.Code, new DiagnosticLocation(file, ex.Path), ex.Message);
        }

        return Collect(resource, file, prefix, bundleOnly);
    }

    /// <summary>The records of a resource read: a Bundle's entries of the types the mapping reads, or the resource itself.</summary>
    public static Result<FhirRecords> Collect(Resource resource, string file, string? prefix, bool bundleOnly)
    {
        var root = prefix ?? resource.TypeName;
        if (resource is not Bundle bundle)
        {
            if (bundleOnly)
            {
                return Fail(FhirDiagnosticCodes.UnexpectedResource, new DiagnosticLocation(file, root),
                    $"expected a Bundle but found a {resource.TypeName}");
            }

            return Result<FhirRecords>.Success(new FhirRecords(
                ReadTypes.Contains(resource.TypeName) ? [new RecordEntry(resource, file, root, Reference(resource, null, root))] : []));
        }

        if (bundle.Type is not { } type || !BundleTypes.Contains(type))
        {
            return Fail(FhirDiagnosticCodes.UnexpectedResource, new DiagnosticLocation(file, $"{root}.type"),
                $"Bundle {bundle.Id}: type '{bundle.Type?.GetLiteral() ?? "(none)"}' is not searchset, collection or transaction");
        }

        var entries = new List<RecordEntry>();
        for (var i = 0; i < bundle.Entry.Count; i++)
        {
            var entry = bundle.Entry[i];
            if (entry.Resource is { } inner && ReadTypes.Contains(inner.TypeName))
            {
                var path = $"{root}.entry[{i}].resource";
                entries.Add(new RecordEntry(inner, file, path, Reference(inner, entry.FullUrl, path)));
            }
        }

        return Result<FhirRecords>.Success(new FhirRecords(entries));
    }

    /// <summary><c>Type/id</c>, else the entry's <c>fullUrl</c>, else the resource's path.</summary>
    public static string Reference(Resource resource, string? fullUrl, string path) =>
        resource.Id is { Length: > 0 } id ? $"{resource.TypeName}/{id}" : fullUrl ?? path;

    public static Result<FhirRecords> Fail(string code, DiagnosticLocation at, string message) =>
        Result<FhirRecords>.Failure([new Diagnostic(code, at, message)]);
}
