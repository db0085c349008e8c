using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;
using Spinewise.Domain.Diagnostics;

namespace Spinewise.Fhir.Internal;

/// <summary>Deserializes FHIR R4 JSON with the Firely SDK, reporting every issue it finds at its element, and collects the resources the mapping reads.</summary>
internal static class FhirReader
{
    private static readonly FhirJsonDeserializer Deserializer = new(new DeserializerSettings());

    private static readonly HashSet<string> ReadTypes = ["Patient", "Condition", "Observation", "Procedure", "ServiceRequest", "MedicationRequest"];

    private static readonly HashSet<Bundle.BundleType> BundleTypes = [Bundle.BundleType.Searchset, Bundle.BundleType.Collection, Bundle.BundleType.Transaction];

    /// <summary>Reads one resource; <paramref name="prefix"/> replaces the resource type at the start of paths (<c>prefetch.conditions</c>), or is <see langword="null"/>.</summary>
    public static Result<FhirRecords> Read(ReadOnlySpan<byte> json, string file, string? prefix, bool bundleOnly, bool withLines)
    {
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..]; // a UTF-8 byte-order mark is allowed, as for a JSON case
        }

        Resource? resource;
        IEnumerable<CodedException> issues;
        try
        {
            var reader = new Utf8JsonReader(json);
            Deserializer.TryDeserializeResource(ref reader, out resource, out issues);
        }
        catch (JsonException ex)
        {
            var line = withLines && ex.LineNumber is { } l ? (int)l + 1 : (int?)null;
            var column = line is not null && ex.BytePositionInLine is { } c ? (int)c + 1 : (int?)null;
            return Fail(FhirDiagnosticCodes.MalformedJson, new DiagnosticLocation(file, line, column, prefix ?? string.Empty), $"malformed JSON: {ex.Message}");
        }

        var diagnostics = issues.Select(i => ToDiagnostic(i, resource, file, prefix, withLines)).ToList();
        if (diagnostics.Count > 0 || resource is null)
        {
            return diagnostics.Count > 0
                ? Result<FhirRecords>.Failure(diagnostics)
                : Fail(FhirDiagnosticCodes.InvalidFhir, new DiagnosticLocation(file, prefix ?? string.Empty), "not a FHIR resource");
        }

        return Collect(resource, file, prefix, bundleOnly);
    }

    private static Result<FhirRecords> Collect(Resource resource, string file, string? prefix, bool bundleOnly)
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

    private static string Reference(Resource resource, string? fullUrl, string path) =>
        resource.Id is { Length: > 0 } id ? $"{resource.TypeName}/{id}" : fullUrl ?? path;

    private static Diagnostic ToDiagnostic(CodedException issue, Resource? resource, string file, string? prefix, bool withLines)
    {
        var extended = issue as ExtendedCodedException;
        var instancePath = extended?.InstancePath ?? string.Empty;
        var path = Rebase(instancePath, prefix);
        var line = withLines && extended?.LineNumber is > 0 and var l ? (int)l : (int?)null;
        var column = line is not null && extended?.Position is > 0 and var p ? (int)p : (int?)null;
        var message = extended?.BaseErrorMessage ?? issue.Message;
        var owner = OwnerOf(resource, instancePath);
        return new Diagnostic(FhirDiagnosticCodes.InvalidFhir, new DiagnosticLocation(file, line, column, path),
            owner is null ? $"invalid FHIR R4 ({issue.ErrorCode}): {message}" : $"{owner}: invalid FHIR R4 ({issue.ErrorCode}): {message}");
    }

    private static string Rebase(string instancePath, string? prefix)
    {
        if (prefix is null)
        {
            return instancePath;
        }

        var dot = instancePath.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? prefix : prefix + instancePath[dot..];
    }

    /// <summary>The resource an issue is in: the Bundle entry's resource (<c>Condition/abc</c>) where the path names an entry.</summary>
    private static string? OwnerOf(Resource? resource, string instancePath)
    {
        if (resource is Bundle bundle && instancePath.StartsWith("Bundle.entry[", StringComparison.Ordinal))
        {
            var end = instancePath.IndexOf(']', StringComparison.Ordinal);
            if (end > 13 && int.TryParse(instancePath.AsSpan(13, end - 13), out var index) && index < bundle.Entry.Count
                && bundle.Entry[index].Resource is { } inner)
            {
                return Reference(inner, bundle.Entry[index].FullUrl, instancePath[..(end + 1)] + ".resource");
            }

            return instancePath[..(end + 1)];
        }

        return resource is null ? null : Reference(resource, null, resource.TypeName);
    }

    private static Result<FhirRecords> Fail(string code, DiagnosticLocation at, string message) =>
        Result<FhirRecords>.Failure([new Diagnostic(code, at, message)]);
}
