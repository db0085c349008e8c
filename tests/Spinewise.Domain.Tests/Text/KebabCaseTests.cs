using System.Text.Json;
using System.Text.Json.Serialization;
using Spinewise.Domain.Cases;
using Spinewise.Domain.Text;

namespace Spinewise.Domain.Tests.Text;

public sealed class KebabCaseTests
{
    private static readonly JsonSerializerOptions Output = new() { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) } };

    public static TheoryData<Type> DomainEnums()
    {
        var data = new TheoryData<Type>();
        foreach (var type in typeof(KnowledgeBase).Assembly.GetExportedTypes().Where(t => t.IsEnum))
        {
            data.Add(type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DomainEnums))]
    public void Of_EveryDomainEnumValue_IsWhatTheJsonOutputWrites(Type type)
    {
        foreach (var value in Enum.GetValues(type))
        {
            var written = JsonSerializer.Serialize(value, type, Output).Trim('"');
            KebabCase.Of(value.ToString()!).ShouldBe(written);
        }
    }

    [Theory]
    [InlineData("AxialAndRadicular", "axial-and-radicular")]
    [InlineData("NotAddressed", "not-addressed")]
    [InlineData("SMD", "smd")]
    public void Of_Name_IsKebabCase(string name, string expected) => KebabCase.Of(name).ShouldBe(expected);

    [Fact]
    public void TryParse_KnownAndUnknownNames()
    {
        KebabCase.TryParse<PainPresentation>("axial-and-radicular", out var value).ShouldBeTrue();
        value.ShouldBe(PainPresentation.AxialAndRadicular);
        KebabCase.TryParse<PainPresentation>("AxialAndRadicular", out _).ShouldBeFalse();
        KebabCase.NamesOf<Sex>().ShouldBe(["female", "male", "other"]);
    }
}
