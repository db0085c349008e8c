using System.Text;
using Spinewise.Domain.Cases;
using Spinewise.Domain.Diagnostics;
using Spinewise.Testing;

namespace Spinewise.Domain.Tests.Cases.Legacy;

public sealed class DifferentialTests
{
    private static readonly byte[] Alphabet = "{}[],:\"\\ 0123456789.-+eEtrufalsn\n\r\tabcxyz_"u8.ToArray();

    private static string Show(Result<PatientCase> r) => r.IsSuccess
        ? "OK " + System.Text.Json.JsonSerializer.Serialize(r.Value)
        : string.Join("\n", r.Diagnostics.Select(d => $"{d.Code} {d.Location.File}:{d.Location.Line}:{d.Location.Column} {d.Location.Path} {d.Message}"));

    private static IEnumerable<byte[]> Seeds()
    {
        var root = Directory.GetCurrentDirectory();
        while (!Directory.Exists(Path.Combine(root, "examples"))) root = Path.GetDirectoryName(root)!;
        foreach (var f in Directory.GetFiles(Path.Combine(root, "examples", "cases"), "*.json").Concat(Directory.GetFiles(Path.Combine(root, "examples", "bad-cases"), "*.json")).Order())
        {
            yield return File.ReadAllBytes(f);
        }

        var ids = string.Join(", ", Enumerable.Range(0, 30).Select(i => $"\"bad-{i}\""));
        var keys = string.Join(", ", Enumerable.Range(0, 30).Select(i => $"\"k{i}\": {i}"));
        yield return Encoding.UTF8.GetBytes($$"""{"id": "x", {{keys}}, "findings": { {{keys}}, "nprs": "a", "odi": [1], "nprs": 3 }, "z1": 1, "conditions": [{{ids}}, 1, 2, {}], "age": "x", "history": [1, {"q": 1, "months": "a", "intervention": 3, "date": "2026-13-01", {{keys}} }, {"outcome": "meh", "reliefPercent": true}], "flags": {"pregnancy": 1, {{keys}}, "pregnancy": true}, "sex": "male", "ruledOut": "x", "notDone": [[], "pild", "pild"], "painType": 3, "asOf": "2026-02-30", "id": 3, {{keys}} }""");
        yield return Encoding.UTF8.GetBytes("""{"sex":"male","flags":{"pregnancy":true},"conditions":["lumbar-spinal-stenosis","lumbar-spinal-stenosis"],"ruledOut":["lumbar-spinal-stenosis"],"history":[{"intervention":"pild","variant":"nope"},{"intervention":"nope"},{}],"notDone":["pild"], "asOf":"2020-01-01", "age": 1.5, "painDurationMonths": -1}""");
        yield return Encoding.UTF8.GetBytes("{\n\"id\": \"é😀x\",\n  \"\\u0069d\": 1, \"a\\u00e9\": {\"\\ud83d\\ude00\": [1, 1e999, -0, 1.7976931348623157e309]}, \"age\": 1e400, \"findings\": {\"nprs\": 12345678901234567890123}}");
    }

    [Fact]
    public void StreamingReader_MatchesTheTreeReader_OnMutatedInputs()
    {
        var kb = ShippedKnowledge.Value;
        var random = new Random(2026);
        var mismatches = new List<string>();
        var n = 0; var outcomes = new HashSet<string>();
        foreach (var seed in Seeds())
        {
            Compare(seed);
            for (var m = 0; m < 3000; m++)
            {
                var bytes = seed.ToList();
                for (var k = random.Next(1, 4); k > 0; k--)
                {
                    var at = random.Next(bytes.Count + 1);
                    switch (random.Next(6))
                    {
                        case 0 when at < bytes.Count: bytes.RemoveAt(at); break;
                        case 1: bytes.Insert(at, Alphabet[random.Next(Alphabet.Length)]); break;
                        case 2 when at < bytes.Count: bytes[at] = Alphabet[random.Next(Alphabet.Length)]; break;
                        case 3: bytes.InsertRange(at, "é"u8.ToArray()); break;
                        case 4 when at + 10 < bytes.Count: bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, random.Next(1, 10))); break;
                        default: bytes.InsertRange(at, "\\u0041"u8.ToArray()); break;
                    }
                }

                Compare([.. bytes]);
            }
        }

        void Compare(byte[] input)
        {
            n++;
            var a = Show(LegacyCaseJsonReader.Read(input, "f.json", kb));
            var b = Show(CaseJsonReader.Read(input, "f.json", kb)); outcomes.Add(b.Split(" ")[0]+b.Length);
            if (a != b && mismatches.Count < 5)
            {
                mismatches.Add($"INPUT {Encoding.UTF8.GetString(input)}\nOLD {a}\nNEW {b}");
            }
        }

        mismatches.ShouldBeEmpty(string.Join("\n\n", mismatches));
        n.ShouldBeGreaterThan(1000);
        outcomes.Count.ShouldBeGreaterThan(1000);
    }
}
