using System.Text.Json;

namespace Spinewise.Fhir.Internal;

/// <summary>Primitive values: the JSON type their FHIR type needs, and the type's literal check (Firely's own).</summary>
internal sealed partial class FastFhirReader
{
    private static void Primitive(ref Utf8JsonReader reader, FhirTypeTable type)
    {
        switch (type.Kind)
        {
            case PrimitiveKind.String:
                String(ref reader, type);
                break;
            case PrimitiveKind.Boolean:
                Expect(reader.TokenType is JsonTokenType.True or JsonTokenType.False);
                break;
            case PrimitiveKind.Integer or PrimitiveKind.PositiveInt or PrimitiveKind.UnsignedInt:
                Integer(ref reader, type);
                break;
            case PrimitiveKind.Decimal:
                Expect(reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out _));
                break;
            default:
                throw FallbackException.Instance;
        }
    }

    private static string Text(ref Utf8JsonReader reader, FhirJsonProperty property) => String(ref reader, FhirTypeTable.Of(property));

    private static decimal Decimal(ref Utf8JsonReader reader, FhirJsonProperty property)
    {
        Expect(FhirTypeTable.Of(property).Kind == PrimitiveKind.Decimal && reader.TokenType == JsonTokenType.Number);
        Expect(reader.TryGetDecimal(out var value));
        return value;
    }

    private static int Int(ref Utf8JsonReader reader, FhirJsonProperty property) => Integer(ref reader, FhirTypeTable.Of(property));

    private static int Integer(ref Utf8JsonReader reader, FhirTypeTable type)
    {
        Expect(reader.TokenType == JsonTokenType.Number);
        Expect(reader.TryGetInt32(out var value));
        Expect(type.Kind switch
        {
            PrimitiveKind.Integer => true,
            PrimitiveKind.PositiveInt => value > 0,
            PrimitiveKind.UnsignedInt => value >= 0,
            _ => false,
        });
        return value;
    }

    private static string String(ref Utf8JsonReader reader, FhirTypeTable type)
    {
        Expect(type.Kind == PrimitiveKind.String && reader.TokenType == JsonTokenType.String);
        var value = reader.GetString()!;
        Expect(value.Length > 0 && (type.IsValid is null || type.IsValid(value)) && (type.Literals is null || type.Literals.Contains(value)));
        return value;
    }
}
