using System.Collections.Concurrent;
using System.Reflection;
using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;

namespace Spinewise.Fhir.Internal;

/// <summary>
/// What the fast reader checks an element against, taken from the Firely SDK's R4 model metadata (element names,
/// choice types, cardinality, primitive types and their literal checks, the literals of bound codes) so that the names
/// and rules are FHIR R4's and not a hand-written copy. One table per FHIR type, built on first use.
/// </summary>
internal static class FhirSchema
{
    private static readonly ConcurrentDictionary<Type, FhirTypeTable> Tables = new();

    /// <summary>The table of a resource type by name, or <see langword="null"/> when R4 has no such resource.</summary>
    public static FhirTypeTable? Resource(string name) =>
        ModelInfo.ModelInspector.FindClassMapping(name) is { IsResource: true, IsAbstract: not true } mapping ? For(mapping) : null;

    /// <summary>The table of a FHIR type.</summary>
    public static FhirTypeTable For(ClassMapping mapping) => Tables.GetOrAdd(mapping.NativeType, static (_, m) => new FhirTypeTable(m), mapping);

    /// <summary>The table of the <c>Element</c> type: what a primitive's <c>_name</c> sibling (id, extension) holds.</summary>
    public static FhirTypeTable Element { get; } = For(ModelInfo.ModelInspector.FindClassMapping("Element")!);

    /// <summary>The kind of check a primitive type's JSON value gets.</summary>
    public static PrimitiveKind KindOf(ClassMapping mapping, out Func<string, bool>? isValid, out HashSet<string>? literals)
    {
        isValid = null;
        literals = null;
        var type = mapping.NativeType;
        if (type == typeof(FhirBoolean))
        {
            return PrimitiveKind.Boolean;
        }

        if (type == typeof(Integer))
        {
            return PrimitiveKind.Integer;
        }

        if (type == typeof(PositiveInt))
        {
            return PrimitiveKind.PositiveInt;
        }

        if (type == typeof(UnsignedInt))
        {
            return PrimitiveKind.UnsignedInt;
        }

        if (type == typeof(FhirDecimal))
        {
            return PrimitiveKind.Decimal;
        }

        if (type == typeof(XHtml))
        {
            return PrimitiveKind.String; // the deserializer does not check the XHTML rules by default: a non-empty string
        }

        if (mapping.IsCodeOfT && mapping.EnumType is { } enumType)
        {
            literals = [.. Enum.GetValues(enumType).Cast<Enum>().Select(v => v.GetLiteral())];
            isValid = FhirLiterals.IsCode;
            return PrimitiveKind.String;
        }

        isValid = type == typeof(Id) ? FhirLiterals.IsId
            : type == typeof(Code) ? FhirLiterals.IsCode
            : type == typeof(Date) ? FhirLiterals.IsDate
            : type == typeof(FhirDateTime) ? FhirLiterals.IsDateTime
            : type == typeof(Instant) ? FhirLiterals.IsInstant
            : null;
        if (isValid is not null)
        {
            return PrimitiveKind.String;
        }

        var method = type.GetMethod("IsValidValue", BindingFlags.Public | BindingFlags.Static, [typeof(string)]);
        if (method is not null && method.ReturnType == typeof(bool))
        {
            isValid = method.CreateDelegate<Func<string, bool>>();
            if (type == typeof(FhirUri) || type.IsSubclassOf(typeof(FhirUri)))
            {
                isValid = FhirLiterals.Remembered(isValid); // uri, canonical, url, oid, uuid: the same few systems and URLs in every chart
            }

            return PrimitiveKind.String;
        }

        return PrimitiveKind.Unsupported;
    }
}

/// <summary>How a primitive's JSON value is checked.</summary>
internal enum PrimitiveKind
{
    /// <summary>Not a primitive: an object.</summary>
    None,

    /// <summary>A primitive the fast reader does not check: the Firely reader decides.</summary>
    Unsupported,

    /// <summary>A JSON string, non-empty, passing the type's literal check.</summary>
    String,

    /// <summary>JSON true or false.</summary>
    Boolean,

    /// <summary>A JSON number that is a 32-bit integer.</summary>
    Integer,

    /// <summary>A JSON number that is a 32-bit integer above 0.</summary>
    PositiveInt,

    /// <summary>A JSON number that is a 32-bit integer of 0 or more.</summary>
    UnsignedInt,

    /// <summary>A JSON number that fits a <see cref="decimal"/>.</summary>
    Decimal,
}
