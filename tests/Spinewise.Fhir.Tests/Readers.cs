using System.Text.Json;
using Spinewise.Domain.Diagnostics;
using Spinewise.Fhir.Internal;

namespace Spinewise.Fhir.Tests;

/// <summary>Reads an input both ways — the reader the mapper uses (fast, Firely on giving up) and the Firely reader alone — and compares what they give.</summary>
internal static class Readers
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>True when the fast reader accepts the input without falling back to the Firely reader.</summary>
    public static bool FastAccepts(byte[] json)
    {
        try
        {
            FastFhirReader.Read(json, null);
            return true;
        }
        catch (FallbackException)
        {
            return false;
        }
    }

    /// <summary>Asserts both readers give the same records mapped to the same case, unmapped codes, orders and problems — or the same diagnostics.</summary>
    public static void ShouldAgree(byte[] json, string because, bool bundleOnly = true)
    {
        var used = FhirReader.Read(json, "chart.json", null, bundleOnly, withLines: true);
        var firely = FirelyReader.Read(json, "chart.json", null, bundleOnly, withLines: true);
        Describe(used).ShouldBe(Describe(firely), because);
    }

    /// <summary>The records read, mapped on <see cref="Charts.AsOf"/>, or the diagnostics, as text.</summary>
    public static string Describe(Result<FhirRecords> read)
    {
        if (!read.TryGetValue(out var records))
        {
            return "diagnostics:\n" + string.Join("\n", read.Diagnostics);
        }

        var mapping = Charts.Mapper.Map(records, Charts.AsOf);
        return $"records {records.Count}, patient {records.PatientId}\n" + JsonSerializer.Serialize(mapping, Json);
    }
}
