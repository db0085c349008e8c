using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;
using Hl7.Fhir.Validation;

namespace Spinewise.Fhir.Internal;

/// <summary>
/// One FHIR type as the fast reader sees it: its JSON property names (choice elements under each of their type
/// suffixes, primitives also under their <c>_name</c> sibling), which elements are required, and for a primitive how its
/// value is checked.
/// </summary>
internal sealed class FhirTypeTable
{
    private readonly Dictionary<string, FhirJsonProperty> _properties = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FhirJsonProperty>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public FhirTypeTable(ClassMapping mapping)
    {
        Mapping = mapping;
        Name = mapping.Name;
        IsResource = mapping.IsResource;
        if (mapping.IsFhirPrimitive)
        {
            Kind = FhirSchema.KindOf(mapping, out var isValid, out var literals);
            (IsValid, Literals) = (isValid, literals);
        }
        var elements = new List<FhirElement>();
        foreach (var property in mapping.PropertyMappings.Where(p => !p.RepresentsValueElement))
        {
            var max = property.ValidationAttributes.OfType<CardinalityAttribute>().FirstOrDefault()?.Max ?? -1;
            var element = new FhirElement(elements.Count, property.Name, property.IsCollection, property.IsMandatoryElement, max,
                property.Choice == ChoiceType.ResourceChoice);
            elements.Add(element);
            if (property.Choice == ChoiceType.DatatypeChoice)
            {
                foreach (var type in property.FhirType)
                {
                    var typeMapping = ModelInfo.ModelInspector.FindOrImportClassMapping(type)!;
                    var name = property.Name + char.ToUpperInvariant(typeMapping.Name[0]) + typeMapping.Name[1..];
                    _properties[name] = new FhirJsonProperty(element, typeMapping, Sibling: false);
                    if (typeMapping.IsFhirPrimitive)
                    {
                        _properties["_" + name] = new FhirJsonProperty(element, typeMapping, Sibling: true);
                    }
                }
            }
            else
            {
                var typeMapping = element.IsResource ? null : ModelInfo.ModelInspector.FindOrImportClassMapping(property.ImplementingType);
                _properties[property.Name] = new FhirJsonProperty(element, typeMapping, Sibling: false);
                if (typeMapping is { IsFhirPrimitive: true })
                {
                    _properties["_" + property.Name] = new FhirJsonProperty(element, typeMapping, Sibling: true);
                }
            }
        }

        Elements = [.. elements];
        Mandatory = [.. elements.Where(e => e.IsMandatory).Select(e => e.Index)];
        _lookup = _properties.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The Firely model's mapping of the type.</summary>
    public ClassMapping Mapping { get; }

    /// <summary>The FHIR type name (<c>Condition</c>, <c>CodeableConcept</c>, <c>dateTime</c>).</summary>
    public string Name { get; }

    /// <summary>True for a resource type (its JSON object also holds <c>resourceType</c>).</summary>
    public bool IsResource { get; }

    /// <summary>The type's elements, by index.</summary>
    public FhirElement[] Elements { get; }

    /// <summary>Indexes of the elements of minimum cardinality 1.</summary>
    public int[] Mandatory { get; }

    /// <summary>How a primitive's value is checked; <see cref="PrimitiveKind.None"/> for a complex type.</summary>
    public PrimitiveKind Kind { get; }

    /// <summary>The primitive type's literal check, where it has one.</summary>
    public Func<string, bool>? IsValid { get; }

    /// <summary>The literals of a bound code (<c>Code&lt;T&gt;</c>), or <see langword="null"/>.</summary>
    public HashSet<string>? Literals { get; }

    /// <summary>Finds a JSON property name of this type.</summary>
    public bool TryFind(ReadOnlySpan<char> name, out FhirJsonProperty property) => _lookup.TryGetValue(name, out property!);

    /// <summary>The table of a property's value type.</summary>
    public static FhirTypeTable Of(FhirJsonProperty property) => FhirSchema.For(property.Type!);
}

/// <summary>An element of a FHIR type.</summary>
/// <param name="Index">Its position in <see cref="FhirTypeTable.Elements"/>.</param>
/// <param name="Name">The element name (a choice element without its type suffix: <c>onset</c>).</param>
/// <param name="IsCollection">True when it repeats (a JSON array).</param>
/// <param name="IsMandatory">True when its minimum cardinality is 1.</param>
/// <param name="Max">Its maximum cardinality when it repeats and has one, else -1.</param>
/// <param name="IsResource">True when it holds a resource (<c>contained</c>, <c>Bundle.entry.resource</c>).</param>
internal sealed record FhirElement(int Index, string Name, bool IsCollection, bool IsMandatory, int Max, bool IsResource);

/// <summary>A JSON property of a FHIR type: the element, the type of its value, and whether it is the <c>_name</c> sibling.</summary>
/// <param name="Element">The element.</param>
/// <param name="Type">The value's type; <see langword="null"/> for a resource.</param>
/// <param name="Sibling">True for <c>_name</c>, the id and extensions of a primitive.</param>
internal readonly record struct FhirJsonProperty(FhirElement Element, ClassMapping? Type, bool Sibling);
