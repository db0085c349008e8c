using System.Text;
using System.Text.Json;

namespace Spinewise.Fhir.Bulk.Internal;

/// <summary>
/// One pass of <see cref="Utf8JsonReader"/> over an NDJSON line: checks it is one JSON object and takes its
/// <c>resourceType</c>, <c>id</c> and the patient of its <c>subject</c> or <c>patient</c> reference; nothing else is built.
/// </summary>
internal static class LineScanner
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 128 };

    /// <summary>What a line names.</summary>
    internal struct Scan
    {
        public string? ResourceType;

        /// <summary>Where the Patient's own id is in the line (empty when absent).</summary>
        public Range Id;

        /// <summary>Where the id of the patient the reference names is in the line (empty when absent).</summary>
        public Range Reference;
    }

    /// <summary>Scans <paramref name="line"/>; on malformed JSON returns its message.</summary>
    public static string? Read(ReadOnlySpan<byte> line, out Scan scan)
    {
        scan = default;
        var reader = new Utf8JsonReader(line, isFinalBlock: true, new JsonReaderState(Options));
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return "the line is not a JSON object";
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("resourceType"u8))
                {
                    reader.Read();
                    scan.ResourceType = reader.TokenType == JsonTokenType.String ? ResourceTypeOf(ref reader) : null;
                }
                else if (reader.ValueTextEquals("id"u8))
                {
                    reader.Read();
                    scan.Id = reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped ? ValueRange(ref reader) : default;
                }
                else if (reader.ValueTextEquals("subject"u8) || reader.ValueTextEquals("patient"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        var reference = ReadReference(ref reader);
                        if (reference.End.Value > reference.Start.Value)
                        {
                            scan.Reference = reference;
                        }
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            if (reader.Read())
            {
                return $"content after the JSON object at byte {reader.TokenStartIndex + 1}";
            }

            return null;
        }
        catch (JsonException ex)
        {
            return ex.Message;
        }
    }

    private static Range ValueRange(ref Utf8JsonReader reader)
    {
        var start = (int)reader.TokenStartIndex + 1;
        return new Range(start, start + reader.ValueSpan.Length);
    }

    private static Range ReadReference(ref Utf8JsonReader reader)
    {
        Range found = default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isReference = reader.ValueTextEquals("reference"u8);
            reader.Read();
            if (isReference && reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped)
            {
                var value = ValueRange(ref reader);
                var (offset, length) = PatientOf(reader.ValueSpan);
                found = new Range(value.Start.Value + offset, value.Start.Value + offset + length);
            }
            else
            {
                reader.Skip();
            }
        }

        return found;
    }

    /// <summary>Where the id is in <c>Patient/ID</c> or <c>…/Patient/ID[/_history/V]</c> (length 0 when it names no Patient).</summary>
    internal static (int Offset, int Length) PatientOf(ReadOnlySpan<byte> reference)
    {
        var at = reference.IndexOf("Patient/"u8);
        while (at > 0 && reference[at - 1] != (byte)'/')
        {
            var next = reference[(at + 1)..].IndexOf("Patient/"u8);
            at = next < 0 ? -1 : at + 1 + next;
        }

        if (at < 0)
        {
            return (0, 0);
        }

        var start = at + "Patient/"u8.Length;
        var end = reference[start..].IndexOf((byte)'/');
        return (start, end >= 0 ? end : reference.Length - start);
    }

    private static string? ResourceTypeOf(ref Utf8JsonReader reader)
    {
        foreach (var type in BulkExport.ResourceTypes)
        {
            if (reader.ValueTextEquals(type))
            {
                return type;
            }
        }

        return reader.GetString();
    }

    /// <summary>A UTF-8 id as a string (for messages and keys).</summary>
    public static string Text(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8);
}
