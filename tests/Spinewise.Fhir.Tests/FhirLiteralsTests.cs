using Hl7.Fhir.Model;
using Spinewise.Fhir.Internal;

namespace Spinewise.Fhir.Tests;

/// <summary>The fast literal checks accept the usual values and accept nothing the Firely SDK's own checks refuse.</summary>
public sealed class FhirLiteralsTests
{
    private static readonly string[] Samples =
    [
        "", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\nb", "abc\n", "active", "pat-1", "a.b", "a_b", new string('a', 64), new string('a', 65),
        "1985", "1985-12", "1985-12-01", "0000", "0001", "1985-13", "1985-00", "1985-12-32", "2021-02-29", "2020-02-29", "1985-1-01", "85-12-01",
        "2026-11-01T10:00:00Z", "2026-11-01T10:00:00+02:00", "2026-11-01T10:00:00.123-05:30", "2026-11-01T10:00:00", "2026-11-01T24:00:00Z",
        "2026-11-01T10:60:00Z", "2026-11-01T10:00:60Z", "2026-11-01T10:00:00+14:00", "2026-11-01T10:00:00+14:30", "2026-11-01T10:00:00.Z",
        "2026-11-01T10:00Z", "2026-11-01 10:00:00Z", "2026-11-01T10:00:00z", "1985-12-01x", "١٩٨٥",
    ];

    public static TheoryData<string> Types => ["id", "code", "date", "dateTime", "instant"];

    [Theory]
    [MemberData(nameof(Types))]
    public void Literal_AcceptedByTheFastCheck_IsAcceptedByFirely(string type)
    {
        var (fast, firely) = Checks(type);

        foreach (var sample in Samples.Where(fast))
        {
            firely(sample).ShouldBeTrue($"{type} '{sample}'");
        }
    }

    [Theory]
    [InlineData("id", "disc-herniation-tfesi")]
    [InlineData("code", "entered-in-error")]
    [InlineData("code", "{score}")]
    [InlineData("date", "1958-06-15")]
    [InlineData("date", "1958")]
    [InlineData("dateTime", "2026-11-28T10:00:00Z")]
    [InlineData("dateTime", "2026-11")]
    [InlineData("instant", "2026-11-01T10:00:00.000+02:00")]
    public void Literal_Usual_IsAccepted(string type, string value) => Checks(type).Fast(value).ShouldBeTrue();

    private static (Func<string, bool> Fast, Func<string, bool> Firely) Checks(string type) => type switch
    {
        "id" => (FhirLiterals.IsId, Id.IsValidValue),
        "code" => (FhirLiterals.IsCode, Code.IsValidValue),
        "date" => (FhirLiterals.IsDate, Date.IsValidValue),
        "dateTime" => (FhirLiterals.IsDateTime, FhirDateTime.IsValidValue),
        _ => (FhirLiterals.IsInstant, Instant.IsValidValue),
    };
}
