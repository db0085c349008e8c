using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;
using Hl7.Fhir.Validation;
using Spinewise.Domain.Diagnostics;

namespace Spinewise.Fhir.Internal;

/// <summary>
/// Deserializes FHIR R4 JSON with the Firely SDK, reporting every issue it finds at its element — except issues inside
/// a Bundle entry (or root resource) of an R4 type the mapping does not read, which <see cref="FastFhirReader"/> does
/// not check either — and collects the resources the mapping reads. The slow path: <see cref="FhirReader"/> uses it when
/// the fast reader gives up, and tests compare the two.
/// </summary>
internal static class FirelyReader
{
    private static readonly FhirJsonDeserializer Deserializer = new(new DeserializerSettings());

    /// <summary>Reads one resource (after any byte-order mark); <paramref name="prefix"/> replaces the resource type at the start of paths (<c>prefetch.conditions</c>), or is <see langword="null"/>.</summary>
    public static Result<FhirRecords> Read(ReadOnlySpan<byte> json, string file, string? prefix, bool bundleOnly, bool withLines)
    {
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
            return FhirReader.Fail(FhirDiagnosticCodes.MalformedJson, new DiagnosticLocation(file, line, column, prefix ?? string.Empty), $"malformed JSON: {ex.Message}");
        }
        catch (InvalidOperationException ex)
        {
            // the deserializer stops on some shapes instead of reporting them (a "_name" sibling of a complex element)
            return FhirReader.Fail(FhirDiagnosticCodes.InvalidFhir, new DiagnosticLocation(file, prefix ?? string.Empty), $"invalid FHIR R4: {ex.Message}");
        }

        var diagnostics = issues.Where(i => !InUnreadResource(i, resource)).Select(i => ToDiagnostic(i, resource, file, prefix, withLines)).ToList();
        if (diagnostics.Count > 0 || resource is null)
        {
            return diagnostics.Count > 0
                ? Result<FhirRecords>.Failure(diagnostics)
                : FhirReader.Fail(FhirDiagnosticCodes.InvalidFhir, new DiagnosticLocation(file, prefix ?? string.Empty), "not a FHIR resource");
        }

        return FhirReader.Collect(resource, file, prefix, bundleOnly);
    }

    /// <summary>True for an issue inside a resource of an R4 type the mapping does not read: the root resource, or a Bundle entry's.</summary>
    private static bool InUnreadResource(CodedException issue, Resource? resource)
    {
        var path = (issue as ExtendedCodedException)?.InstancePath ?? string.Empty;
        if (resource is Bundle bundle && path.StartsWith("Bundle.entry[", StringComparison.Ordinal))
        {
            var end = path.IndexOf(']', StringComparison.Ordinal);
            var entries = EntriesOf(bundle);
            return end > 13 && int.TryParse(path.AsSpan(13, end - 13), out var index) && index < entries.Count
                && path.AsSpan(end + 1).StartsWith(".resource", StringComparison.Ordinal)
                && Safe(() => entries[index].Resource) is { } inner && IsUnread(inner.TypeName);
        }

        return resource is not null and not Bundle && IsUnread(resource.TypeName);
    }

    private static bool IsUnread(string type) => ModelInfo.IsKnownResource(type) && !FhirReader.ReadTypes.Contains(type);

    /// <summary>
    /// <see cref="FhirReader.Reference"/> in a resource with issues, where Firely's typed getters throw on a value of the
    /// wrong shape (<c>"id": 5</c>, <c>"id": ["a"]</c>): such a value is not used.
    /// </summary>
    private static string Reference(Resource resource, Bundle.EntryComponent? entry, string path) =>
        Safe(() => resource.Id) is { Length: > 0 } id ? $"{resource.TypeName}/{id}" : Safe(() => entry?.FullUrl) ?? path;

    /// <summary>The entries of a Bundle with issues, or none when <c>entry</c> is not an array.</summary>
    private static List<Bundle.EntryComponent> EntriesOf(Bundle bundle) => Safe(() => bundle.Entry) ?? [];

    private static T? Safe<T>(Func<T?> get)
        where T : class
    {
        try
        {
            return get();
        }
        catch (CodedValidationException)
        {
            return null;
        }
    }

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
            var entries = EntriesOf(bundle);
            if (end > 13 && int.TryParse(instancePath.AsSpan(13, end - 13), out var index) && index < entries.Count
                && Safe(() => entries[index].Resource) is { } inner)
            {
                return Reference(inner, entries[index], instancePath[..(end + 1)] + ".resource");
            }

            return instancePath[..(end + 1)];
        }

        return resource is null ? null : Reference(resource, null, resource.TypeName);
    }

}
