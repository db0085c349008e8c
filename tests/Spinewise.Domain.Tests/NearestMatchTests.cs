using Spinewise.Domain.Text;

namespace Spinewise.Domain.Tests;

public sealed class NearestMatchTests
{
    private static readonly string[] Known = ["lumbar-rfa", "sij-rfa", "scs", "idds", "lumbar-spinal-stenosis", "sacroiliac-joint-pain"];

    [Theory]
    [InlineData("lumbar-rf", "lumbar-rfa")]
    [InlineData("LUMBAR-RFA", "lumbar-rfa")]
    [InlineData("sacroiliac-pain", "sacroiliac-joint-pain")]
    [InlineData("stenosis", "lumbar-spinal-stenosis")]
    public void Find_CloseOrContainedId_IsSuggestedFirst(string unknown, string expected)
    {
        NearestMatch.Find(unknown, Known)[0].ShouldBe(expected);
    }

    [Fact]
    public void Find_UnrelatedText_SuggestsNothing()
    {
        NearestMatch.Find("acupuncture", Known).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("abc", "", 3)]
    public void Levenshtein_KnownPairs_GiveTextbookDistance(string a, string b, int distance)
    {
        NearestMatch.Levenshtein(a, b).ShouldBe(distance);
        NearestMatch.Levenshtein(b, a).ShouldBe(distance);
    }

    [Theory]
    [InlineData("lumbar-rf", 3, "; did you mean 'lumbar-rfa'?")]
    [InlineData("rfa", 2, "; did you mean 'lumbar-rfa' or 'sij-rfa'?")]
    [InlineData("acupuncture", 3, "; known: …")]
    public void Hint_NearestOrOtherwise(string unknown, int max, string expected) =>
        NearestMatch.Hint(unknown, Known, max, "; known: …").ShouldBe(expected);

    [Fact]
    public void Hint_NothingNearAndNoOtherwise_IsEmpty() => NearestMatch.Hint("acupuncture", Known).ShouldBeEmpty();
}
