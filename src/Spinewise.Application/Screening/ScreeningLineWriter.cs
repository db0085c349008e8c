using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spinewise.Domain.Conflicts;
using Spinewise.Domain.Decisions;
using Spinewise.Domain.Grading;
using Spinewise.Fhir;

namespace Spinewise.Application.Screening;

/// <summary>
/// Writes a <see cref="ScreeningLine"/> straight from the decision report, without building the record or the answer's
/// contract: the same bytes as serialising <see cref="ScreeningLine.From"/> with <see cref="Json.ContractJson.Wire"/>
/// (a test holds the two together), at a fraction of the cost.
/// </summary>
public static class ScreeningLineWriter
{
    /// <summary>The writer options of a line: no indentation, the contracts' encoder.</summary>
    public static JsonWriterOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false, SkipValidation = true };

    private static readonly JsonEncodedText Patient = Name("patient");
    private static readonly JsonEncodedText Interventions = Name("interventions");
    private static readonly JsonEncodedText Intervention = Name("intervention");
    private static readonly JsonEncodedText Status = Name("status");
    private static readonly JsonEncodedText Because = Name("because");
    private static readonly JsonEncodedText Applicable = Name("applicable");
    private static readonly JsonEncodedText Variant = Name("variant");
    private static readonly JsonEncodedText Recommendation = Name("recommendation");
    private static readonly JsonEncodedText StanceName = Name("stance");
    private static readonly JsonEncodedText Conflicts = Name("conflicts");
    private static readonly JsonEncodedText Guidelines = Name("guidelines");
    private static readonly JsonEncodedText Kind = Name("kind");
    private static readonly JsonEncodedText Applies = Name("applies");
    private static readonly JsonEncodedText AskNext = Name("askNext");
    private static readonly JsonEncodedText Criterion = Name("criterion");
    private static readonly JsonEncodedText Affects = Name("affects");
    private static readonly JsonEncodedText Unmapped = Name("unmapped");
    private static readonly JsonEncodedText Reference = Name("reference");
    private static readonly JsonEncodedText Element = Name("element");
    private static readonly JsonEncodedText SystemName = Name("system");
    private static readonly JsonEncodedText Code = Name("code");
    private static readonly JsonEncodedText Display = Name("display");

    private static readonly JsonEncodedText[] Statuses = Values<CandidateStatus>();
    private static readonly JsonEncodedText[] Stances = Values<Stance>();
    private static readonly JsonEncodedText[] Kinds = Values<ConflictKind>();
    private static readonly JsonEncodedText[] Applicabilities = Values<Applicability>();

    private static readonly ConditionalWeakTable<Conflict, byte[][]> Encoded = [];

    /// <summary>Writes one patient's line (without the newline).</summary>
    /// <param name="writer">The writer (made with <see cref="Options"/>).</param>
    /// <param name="patient">The patient id.</param>
    /// <param name="report">The decision report.</param>
    /// <param name="unmapped">The chart's unmapped codes.</param>
    public static void Write(Utf8JsonWriter writer, string patient, DecisionReport report, IReadOnlyList<UnmappedCode> unmapped)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(unmapped);
        writer.WriteStartObject();
        writer.WriteString(Patient, patient);
        writer.WriteStartArray(Interventions);
        foreach (var a in report.Interventions)
        {
            writer.WriteStartObject();
            writer.WriteString(Intervention, a.Intervention.Id.Value);
            writer.WriteString(Status, Statuses[(int)a.Status]);
            writer.WriteStartArray(Because);
            foreach (var d in a.Decisive)
            {
                writer.WriteStringValue(d.Criterion.Id);
            }

            writer.WriteEndArray();
            writer.WriteStartArray(Applicable);
            foreach (var r in a.Recommendations)
            {
                if (r.Applies == Applicability.Yes)
                {
                    writer.WriteStartObject();
                    writer.WriteString(Recommendation, r.Position.Recommendation.Id.Value);
                    writer.WriteString(StanceName, Stances[(int)r.Position.Stance.Stance]);
                    if (r.Position.Stance.Variant is { } variant)
                    {
                        writer.WriteString(Variant, variant);
                    }

                    writer.WriteEndObject();
                }
            }

            writer.WriteEndArray();
            writer.WriteStartArray(Conflicts);
            foreach (var c in a.Conflicts)
            {
                // a conflict's object depends on the conflict and whether it applies alone: encoded once per conflict of the loaded knowledge
                writer.WriteRawValue(Encoded.GetValue(c.Conflict, Encode)[(int)c.Applies], skipInputValidation: true);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray(AskNext);
        foreach (var q in report.AskNext)
        {
            writer.WriteStartObject();
            writer.WriteString(Criterion, q.Key);
            writer.WriteStartArray(Affects);
            foreach (var i in q.Affects)
            {
                writer.WriteStringValue(i.Value);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray(Unmapped);
        foreach (var u in unmapped)
        {
            writer.WriteStartObject();
            writer.WriteString(Reference, u.Reference);
            writer.WriteString(Element, u.Element);
            writer.WriteString(SystemName, u.System);
            writer.WriteString(Code, u.Code);
            if (u.Display is null)
            {
                writer.WriteNull(Display);
            }
            else
            {
                writer.WriteString(Display, u.Display);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>A conflict's object in a line, one per <see cref="Applicability"/> value.</summary>
    private static byte[][] Encode(Conflict conflict)
    {
        var encoded = new byte[Applicabilities.Length][];
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using var writer = new Utf8JsonWriter(buffer, Options);
        foreach (var applies in Enum.GetValues<Applicability>())
        {
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            writer.WriteStartObject();
            writer.WriteStartArray(Guidelines);
            writer.WriteStringValue(conflict.First.Guideline.Value);
            writer.WriteStringValue(conflict.Second.Guideline.Value);
            writer.WriteEndArray();
            writer.WriteString(Kind, Kinds[(int)conflict.Kind]);
            writer.WriteString(Applies, Applicabilities[(int)applies]);
            writer.WriteEndObject();
            writer.Flush();
            encoded[(int)applies] = buffer.WrittenSpan.ToArray();
        }

        return encoded;
    }

    private static JsonEncodedText Name(string name) => JsonEncodedText.Encode(name, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    /// <summary>Each value's name as the contracts write it (kebab-case), indexed by the value.</summary>
    private static JsonEncodedText[] Values<T>()
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        var names = new JsonEncodedText[values.Max(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)) + 1];
        foreach (var value in values)
        {
            names[Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)] = Name(JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()));
        }

        return names;
    }
}
