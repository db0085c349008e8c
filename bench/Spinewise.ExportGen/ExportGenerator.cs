using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Spinewise.Domain;
using Spinewise.Domain.Codes;

namespace Spinewise.ExportGen;

/// <summary>
/// Writes a synthetic FHIR Bulk Data export: <c>Patient</c>, <c>Condition</c>, <c>Observation</c>, <c>Procedure</c> and
/// <c>ServiceRequest</c> NDJSON files, each listing the patients in its own shuffled order. Every code is one the
/// knowledge's code map holds with its source, or one of the codes docs/fhir.md lists as left out of the map on purpose
/// (so that they come out unmapped); a share of extra lines is bad (cut-off JSON, an unknown element, a subject the export
/// does not hold). Deterministic: each patient's resources come from a generator seeded by the seed and the patient.
/// </summary>
public sealed class ExportGenerator
{
    /// <summary>The resource types written, in file order.</summary>
    public static readonly IReadOnlyList<string> ResourceTypes = ["Patient", "Condition", "Observation", "Procedure", "ServiceRequest"];

    /// <summary>Codes docs/fhir.md lists as verified but left out of the map on purpose: they come out unmapped.</summary>
    private static readonly (string Type, string System, string Code)[] LeftOut =
    [
        ("Condition", CodeSystems.Icd10Cm, "M53.3"),
        ("Condition", CodeSystems.Icd10Cm, "M79.7"),
        ("Condition", CodeSystems.Snomed, "182764009"),
        ("Observation", CodeSystems.Loinc, "75893-8"),
        ("Procedure", CodeSystems.Cpt, "64590"),
    ];

    private static readonly string[] Outcomes = ["failed", "partial", "effective", "not-tolerated"];
    private static readonly DateOnly Earliest = new(2016, 1, 1);

    private readonly ExportOptions _options;
    private readonly CodeMapEntry[] _conditions;
    private readonly CodeMapEntry[] _conditionsOfMen;
    private readonly CodeMapEntry[] _findings;
    private readonly CodeMapEntry[] _interventions;

    /// <summary>A generator of exports with the codes of <paramref name="knowledge"/>.</summary>
    /// <param name="knowledge">The knowledge whose code map gives the codes.</param>
    /// <param name="options">What to generate.</param>
    public ExportGenerator(KnowledgeBase knowledge, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Patients);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Parts, 1);
        _options = options;
        var emittable = knowledge.Codes.Entries.Where(e => e.Emittable).ToList();
        _conditions = [.. emittable.Where(e => e.System is CodeSystems.Icd10Cm or CodeSystems.Snomed && e.Targets.All(t => t.Kind is CodeTargetKind.Condition or CodeTargetKind.Flag))];
        _conditionsOfMen = [.. _conditions.Where(e => !e.Targets.Any(t => t is { Kind: CodeTargetKind.Flag, Id: "pregnancy" }))];
        _findings = [.. emittable.Where(e => e.Targets.Any(t => t.Kind == CodeTargetKind.Finding))];
        _interventions = [.. emittable.Where(e => e.System == CodeSystems.Cpt && e.Targets.All(t => t.Kind == CodeTargetKind.Intervention))];
        if (_conditions.Length == 0 || _interventions.Length == 0)
        {
            throw new InvalidOperationException("The code map holds no condition or intervention codes to generate from.");
        }
    }

    /// <summary>The id of the patient at <paramref name="index"/>.</summary>
    /// <param name="index">0-based.</param>
    public static string PatientId(int index) => "pt-" + index.ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>Writes the export into <paramref name="directory"/> (created if needed).</summary>
    /// <param name="directory">The output folder.</param>
    /// <param name="lines">When given, told every line written (the oracle of the tests); leave null for large exports.</param>
    /// <returns>The number of bytes of NDJSON written (before compression).</returns>
    public long Write(string directory, ICollection<GeneratedLine>? lines = null)
    {
        Directory.CreateDirectory(directory);
        long bytes = 0;
        for (var t = 0; t < ResourceTypes.Count; t++)
        {
            var type = ResourceTypes[t];
            var order = Permutation(_options.Patients, unchecked(_options.Seed * 31 + t));
            var part = -1;
            Stream? stream = null;
            var name = string.Empty;
            var line = 0;
            try
            {
                for (var k = 0; k < order.Length; k++)
                {
                    var wanted = (int)((long)k * _options.Parts / Math.Max(order.Length, 1));
                    if (wanted != part || stream is null)
                    {
                        stream?.Dispose();
                        (part, line) = (wanted, 0);
                        name = FileName(type, part);
                        stream = Open(Path.Combine(directory, name));
                    }

                    foreach (var (json, patient, defect) in Resources(order[k], type))
                    {
                        var utf8 = Encoding.UTF8.GetBytes(json + "\n");
                        stream.Write(utf8);
                        bytes += utf8.Length;
                        line++;
                        lines?.Add(new GeneratedLine(name, line, type, patient, defect, json));
                    }
                }

                if (stream is null)
                {
                    stream = Open(Path.Combine(directory, FileName(type, 0)));
                }
            }
            finally
            {
                stream?.Dispose();
            }
        }

        return bytes;
    }

    private string FileName(string type, int part) =>
        (_options.Parts == 1 ? $"{type}.ndjson" : $"{type}.{part.ToString("D3", CultureInfo.InvariantCulture)}.ndjson") + (_options.Gzip ? ".gz" : string.Empty);

    private Stream Open(string path)
    {
        Stream file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        return _options.Gzip ? new GZipStream(file, CompressionLevel.Fastest) : file;
    }

    private static int[] Permutation(int n, int seed)
    {
        var order = Enumerable.Range(0, n).ToArray();
        new Random(seed).Shuffle(order);
        return order;
    }

    /// <summary>The lines of one resource type for one patient, the same each time it is asked for.</summary>
    private List<(string Json, string? Patient, LineDefect Defect)> Resources(int index, string type)
    {
        var random = new Random(unchecked(_options.Seed * 1_000_003 + index));
        var id = PatientId(index);
        var all = new List<(string Type, string Json, string? Patient, LineDefect Defect)>();
        var birth = new DateOnly(1935, 1, 1).AddDays(random.Next(0, 365 * 70));
        var male = random.NextDouble() < 0.5;
        all.Add(("Patient", Json(w =>
        {
            w.WriteString("resourceType", "Patient");
            w.WriteString("id", id);
            w.WriteString("gender", male ? "male" : "female");
            w.WriteString("birthDate", Date(birth));
        }), id, LineDefect.None));
        var conditions = random.Next(0, 4);
        for (var c = 0; c < conditions; c++)
        {
            all.Add(("Condition", Condition(random, id, $"{id}-c{c}", male), id, LineDefect.None));
        }

        var observations = random.Next(0, 3);
        for (var o = 0; o < observations; o++)
        {
            all.Add(("Observation", Observation(random, id, $"{id}-o{o}"), id, LineDefect.None));
        }

        var procedures = random.Next(0, 3);
        for (var p = 0; p < procedures; p++)
        {
            all.Add(("Procedure", Procedure(random, id, $"{id}-p{p}"), id, LineDefect.None));
        }

        if (random.NextDouble() < 0.4)
        {
            all.Add(("ServiceRequest", Order(random, id, $"{id}-s0"), id, LineDefect.None));
        }

        foreach (var t in ResourceTypes)
        {
            if (random.NextDouble() >= _options.BadShare)
            {
                continue;
            }

            var defect = t == "Patient" ? LineDefect.MalformedJson : (LineDefect)(1 + random.Next(3));
            var subject = defect == LineDefect.MissingPatient ? "missing-" + index.ToString(CultureInfo.InvariantCulture) : id;
            var json = t switch
            {
                "Patient" => Json(w => { w.WriteString("resourceType", "Patient"); w.WriteString("id", id + "-copy"); w.WriteString("gender", "other"); }),
                "Condition" => Condition(random, subject, $"{id}-xc", male),
                "Observation" => Observation(random, subject, $"{id}-xo"),
                "Procedure" => Procedure(random, subject, $"{id}-xp"),
                _ => Order(random, subject, $"{id}-xs"),
            };
            json = defect switch
            {
                LineDefect.MalformedJson => json[..(json.Length / 2)],
                LineDefect.InvalidResource => json.Insert(json.IndexOf(',', StringComparison.Ordinal), ",\"colour\":\"blue\""),
                _ => json,
            };
            all.Add((t, json, defect switch { LineDefect.MalformedJson => null, LineDefect.MissingPatient => subject, _ => id }, defect));
        }

        return [.. all.Where(r => r.Type == type).Select(r => (r.Json, r.Patient, r.Defect))];
    }

    private string Condition(Random random, string patient, string id, bool male) => Json(w =>
    {
        w.WriteString("resourceType", "Condition");
        w.WriteString("id", id);
        var refuted = random.NextDouble() < 0.08;
        if (!refuted)
        {
            Concept(w, "clinicalStatus", "http://terminology.hl7.org/CodeSystem/condition-clinical", random.NextDouble() < 0.88 ? "active" : "resolved", null);
        }

        Concept(w, "verificationStatus", "http://terminology.hl7.org/CodeSystem/condition-ver-status", refuted ? "refuted" : "confirmed", null);
        var (system, code, display) = Pick(random, "Condition", male ? _conditionsOfMen : _conditions);
        Concept(w, "code", system, code, display);
        Subject(w, patient);
        if (random.NextDouble() < 0.7)
        {
            w.WriteString("onsetDateTime", Date(Earliest.AddDays(random.Next(0, 3600))));
        }
    });

    private string Observation(Random random, string patient, string id) => Json(w =>
    {
        w.WriteString("resourceType", "Observation");
        w.WriteString("id", id);
        w.WriteString("status", "final");
        var (system, code, display) = Pick(random, "Observation", _findings);
        Concept(w, "code", system, code, display);
        Subject(w, patient);
        w.WriteString("effectiveDateTime", Date(Earliest.AddDays(random.Next(0, 3800))));
        var unit = _findings.FirstOrDefault(f => f.System == system && f.Code == code)?.Targets.First(t => t.Kind == CodeTargetKind.Finding).Unit ?? "{score}";
        w.WriteStartObject("valueQuantity");
        switch (unit)
        {
            case "kg/m2":
                w.WriteNumber("value", Math.Round(17 + random.NextDouble() * 28, 1));
                break;
            case "cm":
                w.WriteNumber("value", Math.Round(random.NextDouble() * 10, 1));
                break;
            default:
                w.WriteNumber("value", random.Next(0, 11));
                break;
        }

        w.WriteString("unit", unit);
        w.WriteString("system", "http://unitsofmeasure.org");
        w.WriteString("code", unit);
        w.WriteEndObject();
    });

    private string Procedure(Random random, string patient, string id) => Json(w =>
    {
        w.WriteString("resourceType", "Procedure");
        w.WriteString("id", id);
        var done = random.NextDouble() < 0.9;
        w.WriteString("status", done ? "completed" : "not-done");
        var (system, code, display) = Pick(random, "Procedure", _interventions);
        Concept(w, "code", system, code, display);
        Subject(w, patient);
        if (done)
        {
            w.WriteString("performedDateTime", Date(Earliest.AddDays(random.Next(0, 3800))));
            if (random.NextDouble() < 0.6)
            {
                Concept(w, "outcome", "urn:spinewise:fhir:history-outcome", Outcomes[random.Next(Outcomes.Length)], null);
            }
        }
    });

    private string Order(Random random, string patient, string id) => Json(w =>
    {
        w.WriteString("resourceType", "ServiceRequest");
        w.WriteString("id", id);
        w.WriteString("status", random.NextDouble() < 0.8 ? "active" : "draft");
        w.WriteString("intent", "order");
        var entry = _interventions[random.Next(_interventions.Length)];
        Concept(w, "code", entry.System, entry.Code, entry.Display);
        Subject(w, patient);
    });

    private (string System, string Code, string? Display) Pick(Random random, string type, CodeMapEntry[] entries)
    {
        if (entries.Length == 0 || random.NextDouble() < _options.UnmappedShare)
        {
            var choices = LeftOut.Where(l => l.Type == type).ToArray();
            if (choices.Length > 0)
            {
                var left = choices[random.Next(choices.Length)];
                return (left.System, left.Code, null);
            }
        }

        var entry = entries[random.Next(entries.Length)];
        return (entry.System, entry.Code, entry.Display);
    }

    private static void Concept(Utf8JsonWriter w, string name, string system, string code, string? display)
    {
        w.WriteStartObject(name);
        w.WriteStartArray("coding");
        w.WriteStartObject();
        w.WriteString("system", system);
        w.WriteString("code", code);
        if (display is not null)
        {
            w.WriteString("display", display);
        }

        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Subject(Utf8JsonWriter w, string patient)
    {
        w.WriteStartObject("subject");
        w.WriteString("reference", "Patient/" + patient);
        w.WriteEndObject();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Json(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
