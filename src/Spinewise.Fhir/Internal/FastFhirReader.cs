using System.Text.Json;
using Hl7.Fhir.Model;

namespace Spinewise.Fhir.Internal;

/// <summary>
/// Reads FHIR R4 JSON with <see cref="Utf8JsonReader"/> in one pass, building only the parts of the resources the
/// mapping reads (<see cref="FastFhirReader"/>'s other half) and checking every element of the Bundle and of the resource
/// types the mapping reads against the R4 model (<see cref="FhirSchema"/>): unknown elements, JSON types, arrays, empty
/// and null values, required elements, primitive literals, bound codes. Entries of other resource types are skipped
/// (their JSON syntax is still checked, their <c>resourceType</c> must be an R4 resource). It does not word problems:
/// on anything it does not accept it gives up (<see cref="FallbackException"/>) and the Firely reader reads the input
/// again to report every issue as before — only an array over <see cref="MaxItems"/> is reported here.
/// </summary>
internal sealed partial class FastFhirReader
{
    /// <summary>The most items an array may hold (a chart's entries, a concept's codings, …).</summary>
    public const int MaxItems = 10_000;

    private readonly FhirPath _path;

    private FastFhirReader(string root) => _path = new FhirPath(root);

    /// <summary>
    /// Reads the input's root resource with the parts the mapping reads, or throws <see cref="FallbackException"/> (the
    /// Firely reader decides) or <see cref="FastReadException"/>.
    /// </summary>
    /// <param name="json">UTF-8 JSON without a byte-order mark.</param>
    /// <param name="root">The path the root resource has in diagnostics (its type, or a prefetch key), or <see langword="null"/> for its type.</param>
    public static Resource Read(ReadOnlySpan<byte> json, string? root)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new FastReadException(FhirDiagnosticCodes.MalformedJson, root ?? string.Empty, $"the input is not a JSON object (a FHIR resource) but {reader.TokenType}");
            }

            var reading = new FastFhirReader(root ?? string.Empty);
            var type = reading.ResourceTypeOf(reader);
            var table = FhirSchema.Resource(type) ?? throw FallbackException.Instance;
            reading._path.Root = root ?? type;
            var resource = reading.Resource(ref reader, table, ResourceRole.Root)!;
            if (reader.Read())
            {
                throw FallbackException.Instance; // content after the root value
            }

            return resource;
        }
        catch (JsonException)
        {
            throw FallbackException.Instance; // malformed JSON: the Firely reader reports it with its line
        }
        catch (InvalidOperationException)
        {
            throw FallbackException.Instance; // a value of the wrong JSON type read as another (a number too large)
        }
    }

    /// <summary>
    /// The <c>resourceType</c> of the object the reader is at (usually its first property), read on a copy of the
    /// reader. Without one it is invalid FHIR, reported here: the Firely reader would not say where.
    /// </summary>
    private string ResourceTypeOf(Utf8JsonReader probe)
    {
        while (probe.Read() && probe.TokenType == JsonTokenType.PropertyName)
        {
            var isType = probe.ValueTextEquals("resourceType"u8);
            probe.Read();
            if (isType)
            {
                return probe.TokenType == JsonTokenType.String && probe.GetString() is { Length: > 0 } type ? type : throw FallbackException.Instance;
            }

            probe.Skip();
        }

        var path = _path.ToString();
        throw new FastReadException(FhirDiagnosticCodes.InvalidFhir, path, $"{(path.Length > 0 ? path + ": " : string.Empty)}invalid FHIR R4: the resource has no resourceType");
    }

    /// <summary>
    /// A resource at a start of object: built when the mapping reads it (<see cref="NewResource"/>); else skipped (a
    /// Bundle entry, the root: an empty resource of its type) or, when contained, checked.
    /// </summary>
    private Resource? Resource(ref Utf8JsonReader reader, FhirTypeTable table, ResourceRole role)
    {
        var resource = NewResource(table.Name, role);
        if (resource is null && role != ResourceRole.Contained)
        {
            reader.Skip(); // a type the mapping does not read: its JSON syntax is checked, nothing else
            return role == ResourceRole.Root ? (Resource)Activator.CreateInstance(table.Mapping.NativeType)! : null;
        }

        Object(ref reader, table, resource);
        return resource;
    }

    /// <summary>
    /// A JSON object of a FHIR type: every property checked; where <paramref name="target"/> is given, the elements the
    /// mapping reads are set on it (<see cref="ReadElement"/>), the others only checked.
    /// </summary>
    private void Object(ref Utf8JsonReader reader, FhirTypeTable table, Base? target)
    {
        Expect(reader.TokenType == JsonTokenType.StartObject);
        Span<byte> seen = table.Elements.Length <= 128 ? stackalloc byte[table.Elements.Length] : new byte[table.Elements.Length];
        var (any, typed) = (false, false);
        Span<char> buffer = stackalloc char[64];
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            any = true;
            if (table.IsResource && reader.ValueTextEquals("resourceType"u8))
            {
                Expect(!typed && Next(ref reader) == JsonTokenType.String); // its value was read before
                typed = true;
                continue;
            }

            Expect(!reader.ValueIsEscaped && reader.ValueSpan.Length <= buffer.Length);
            var length = reader.CopyString(buffer);
            Expect(table.TryFind(buffer[..length], out var property)); // an unknown element
            var flag = property.Sibling ? (byte)2 : (byte)1;
            Expect((seen[property.Element.Index] & flag) == 0); // a duplicate property, or two types of one choice
            seen[property.Element.Index] |= flag;
            Next(ref reader);
            _path.Push(property.Element.Name);
            if (target is null || !ReadElement(ref reader, target, property))
            {
                Value(ref reader, property);
            }

            _path.Pop();
        }

        Expect(any && (!table.IsResource || typed)); // an empty object is invalid FHIR
        foreach (var index in table.Mandatory)
        {
            Expect((seen[index] & 1) != 0); // a required element given only as its _name sibling: the Firely reader decides
        }
    }

    /// <summary>An element's value (an array of them when it repeats), checked only.</summary>
    private void Value(ref Utf8JsonReader reader, FhirJsonProperty property)
    {
        if (!property.Element.IsCollection)
        {
            Single(ref reader, property);
            return;
        }

        Expect(!property.Sibling); // a repeating primitive's siblings are an array with nulls: the Firely reader decides
        var index = 0;
        while (NextItem(ref reader, property.Element, ref index))
        {
            Single(ref reader, property);
        }
    }

    private void Single(ref Utf8JsonReader reader, FhirJsonProperty property)
    {
        if (property.Sibling)
        {
            Object(ref reader, FhirSchema.Element, null);
        }
        else if (property.Element.IsResource)
        {
            Expect(reader.TokenType == JsonTokenType.StartObject);
            Resource(ref reader, FhirSchema.Resource(ResourceTypeOf(reader)) ?? throw FallbackException.Instance, ResourceRole.Contained);
        }
        else if (FhirTypeTable.Of(property) is { Kind: not PrimitiveKind.None } primitive)
        {
            Primitive(ref reader, primitive);
        }
        else
        {
            Object(ref reader, FhirTypeTable.Of(property), null);
        }
    }

    /// <summary>
    /// Moves to an array's next item: true at an item (not null), false at the end. Checks the array is not empty, not
    /// longer than the element's maximum cardinality, and not longer than <see cref="MaxItems"/>.
    /// </summary>
    private bool NextItem(ref Utf8JsonReader reader, FhirElement element, ref int index)
    {
        if (index == 0)
        {
            Expect(reader.TokenType == JsonTokenType.StartArray);
        }

        var token = Next(ref reader);
        if (token == JsonTokenType.EndArray)
        {
            Expect(index > 0 && (element.Max < 0 || index <= element.Max));
            _path.SetIndex(-1);
            return false;
        }

        Expect(token != JsonTokenType.Null);
        if (index == MaxItems)
        {
            _path.SetIndex(-1);
            var path = _path.ToString();
            throw new FastReadException(FhirDiagnosticCodes.TooManyItems, path, $"{path} holds more than {MaxItems} items; send the chart in smaller parts");
        }

        _path.SetIndex(index++);
        return true;
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType;
    }

    private static void Expect(bool condition)
    {
        if (!condition)
        {
            throw FallbackException.Instance;
        }
    }
}
