using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Spinewise.Domain.Conflicts;
using Spinewise.Domain.Decisions;

namespace Spinewise.Cli.Output;

/// <summary>
/// Writes one line of <c>recommend --cases DIR --out FILE.ndjson</c>: the answer for a case by id, for population
/// screening — per intervention its status, the criteria it rests on (not met or met contraindications for a
/// non-candidate, the unknown ones for an undetermined status), the recommendations that apply and those that may apply,
/// its conflicts; then the questions with the interventions whose status each would settle. Statements, sources and "why" texts are what the
/// ids lead to (<c>recommend --case</c>, <c>recommendations --json</c>), so a population stays a manageable file. Every
/// id, and each conflict's fixed part, is encoded once when the writer is made, so a line is mostly copies.
/// </summary>
internal sealed class ScreeningWriter
{
    private static readonly JsonEncodedText KnowledgeVersion = JsonEncodedText.Encode("knowledgeVersion");
    private static readonly JsonEncodedText CaseId = JsonEncodedText.Encode("caseId");
    private static readonly JsonEncodedText AsOf = JsonEncodedText.Encode("asOf");
    private static readonly JsonEncodedText InterventionsName = JsonEncodedText.Encode("interventions");
    private static readonly JsonEncodedText InterventionName = JsonEncodedText.Encode("intervention");
    private static readonly JsonEncodedText StatusName = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText Because = JsonEncodedText.Encode("because");
    private static readonly JsonEncodedText Applies = JsonEncodedText.Encode("applies");
    private static readonly JsonEncodedText MayApply = JsonEncodedText.Encode("mayApply");
    private static readonly JsonEncodedText ConflictsName = JsonEncodedText.Encode("conflicts");
    private static readonly JsonEncodedText FlagsNotAddressed = JsonEncodedText.Encode("flagsNotAddressed");
    private static readonly JsonEncodedText SafetyFlagsNotAddressed = JsonEncodedText.Encode("safetyFlagsNotAddressed");
    private static readonly JsonEncodedText AskNext = JsonEncodedText.Encode("askNext");
    private static readonly JsonEncodedText Criterion = JsonEncodedText.Encode("criterion");
    private static readonly JsonEncodedText Affects = JsonEncodedText.Encode("affects");
    private static readonly JsonEncodedText[] Statuses = [JsonEncodedText.Encode("candidate"), JsonEncodedText.Encode("not-candidate"), JsonEncodedText.Encode("undetermined"), JsonEncodedText.Encode("not-addressed")];
    private static readonly JsonWriterOptions Options = new() { SkipValidation = true }; // ids and codes are ASCII

    private readonly FrozenDictionary<object, JsonEncodedText> _encoded;
    private readonly ConcurrentDictionary<Conflict, (byte[] Yes, byte[] Unknown)> _conflicts = new(ReferenceEqualityComparer.Instance);
    private readonly JsonEncodedText _version;

    public ScreeningWriter(DecisionEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var kb = engine.Knowledge;
        _version = JsonEncodedText.Encode(kb.Version.Sha256);
        var encoded = new Dictionary<object, JsonEncodedText>(ReferenceEqualityComparer.Instance);
        foreach (var criterion in kb.Criteria.SelectMany(c => c.Criteria))
        {
            encoded[criterion] = JsonEncodedText.Encode(criterion.Id);
        }

        foreach (var id in kb.Recommendations.Select(r => r.Id.Value).Concat(kb.Interventions.Select(i => i.Id.Value)))
        {
            encoded[id] = JsonEncodedText.Encode(id);
        }

        _encoded = encoded.ToFrozenDictionary(ReferenceEqualityComparer.Instance);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Write(DecisionReport report, IBufferWriter<byte> output)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString(KnowledgeVersion, _version);
        json.WriteString(CaseId, report.CaseId);
        json.WriteString(AsOf, report.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteStartArray(InterventionsName);
        foreach (var a in report.Interventions)
        {
            WriteIntervention(json, a);
        }

        json.WriteEndArray();
        json.WriteStartArray(AskNext);
        foreach (var q in report.AskNext)
        {
            json.WriteStartObject();
            json.WriteString(Criterion, q.Key);
            json.WriteStartArray(Affects);
            foreach (var i in q.Affects)
            {
                json.WriteStringValue(Encoded(i.Value));
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteIntervention(Utf8JsonWriter json, InterventionAssessment a)
    {
        json.WriteStartObject();
        json.WriteString(InterventionName, Encoded(a.Intervention.Id.Value));
        json.WriteString(StatusName, Statuses[(int)a.Status]);
        json.WriteStartArray(Because);
        foreach (var d in a.Decisive)
        {
            json.WriteStringValue(Encoded(d.Criterion));
        }

        json.WriteEndArray();
        WriteRecommendations(json, Applies, a, Domain.Decisions.Applicability.Yes);
        WriteRecommendations(json, MayApply, a, Domain.Decisions.Applicability.Unknown);
        json.WriteStartArray(ConflictsName);
        foreach (var c in a.Conflicts)
        {
            var (yes, unknown) = ConflictJson(c.Conflict);
            json.WriteRawValue(c.Applies == Domain.Decisions.Applicability.Yes ? yes : unknown, skipInputValidation: true);
        }

        json.WriteEndArray();
        json.WriteStartArray(FlagsNotAddressed);
        foreach (var flag in a.FlagsNotAddressed)
        {
            json.WriteStringValue("flags." + flag);
        }

        json.WriteEndArray();
        json.WriteStartArray(SafetyFlagsNotAddressed);
        foreach (var flag in a.SafetyFlagsNotAddressed)
        {
            json.WriteStringValue("flags." + flag);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The ids of the recommendations with the applicability, once each (a recommendation naming several variants has several positions, adjacent).</summary>
    private void WriteRecommendations(Utf8JsonWriter json, JsonEncodedText name, InterventionAssessment a, Domain.Decisions.Applicability applies)
    {
        json.WriteStartArray(name);
        string? last = null;
        foreach (var r in a.Recommendations)
        {
            var id = r.Position.Recommendation.Id.Value;
            if (r.Applies == applies && !ReferenceEquals(id, last))
            {
                json.WriteStringValue(Encoded(id));
                last = id;
            }
        }

        json.WriteEndArray();
    }

    /// <summary>The id encoded when the writer was made (every criterion, recommendation and intervention of the knowledge).</summary>
    private JsonEncodedText Encoded(object key) =>
        _encoded.TryGetValue(key, out var text) ? text : JsonEncodedText.Encode(key is Domain.Eligibility.Criterion c ? c.Id : (string)key);

    /// <summary>A conflict as JSON, for each of its two applicabilities, made on first use.</summary>
    private (byte[] Yes, byte[] Unknown) ConflictJson(Conflict conflict) =>
        _conflicts.GetOrAdd(conflict, c => (Render(c, "yes"), Render(c, "unknown")));

    private static byte[] Render(Conflict conflict, string applies)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("painType", conflict.PainType == Domain.Grading.PainType.Axial ? "axial" : "radicular");
            json.WriteString("kind", conflict.Kind == ConflictKind.Direction ? "direction" : "strength");
            json.WriteString("verification", conflict.Verification switch
            {
                Domain.Sources.Verification.Verified => "verified",
                Domain.Sources.Verification.Secondary => "secondary",
                Domain.Sources.Verification.Unverified => "unverified",
                _ => "not-found",
            });
            json.WriteString("applies", applies);
            json.WriteStartArray("guidelines");
            json.WriteStringValue(conflict.First.Guideline.Value);
            json.WriteStringValue(conflict.Second.Guideline.Value);
            json.WriteEndArray();
            json.WriteStartArray("reasons");
            foreach (var code in conflict.Reasons.Select(r => r.Code).Distinct())
            {
                json.WriteStringValue(code);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
