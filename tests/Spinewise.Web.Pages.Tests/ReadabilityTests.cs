namespace Spinewise.Web.Pages.Tests;

/// <summary>The readability measure itself: syllables and grades on texts whose level is plain.</summary>
public sealed class ReadabilityTests
{
    [Theory]
    [InlineData("cat", 1)]
    [InlineData("make", 1)]
    [InlineData("table", 2)]
    [InlineData("injection", 3)]
    [InlineData("anaesthetic", 4)]
    [InlineData("procedure", 3)]
    [InlineData("named", 1)]
    [InlineData("wanted", 2)]
    public void Syllables_CommonWords_AreCounted(string word, int expected) =>
        Readability.Syllables(word).ShouldBe(expected);

    [Fact]
    public void FleschKincaid_ShortPlainSentences_ScoreLow()
    {
        var (grade, sentences, words, _) = Readability.FleschKincaid("The cat sat on the mat. It was a sunny day.\nWe went home");

        sentences.ShouldBe(3);
        words.ShouldBe(14);
        grade.ShouldBeLessThan(2);
    }

    [Fact]
    public void FleschKincaid_TechnicalProse_ScoresAboveGradeEight()
    {
        var (grade, _, _, _) = Readability.FleschKincaid(
            "Prospective multicentre open-label randomised trial of percutaneous image-guided lumbar decompression plus conventional medical management against conventional medical management alone as the active control.");

        grade.ShouldBeGreaterThan(8);
    }
}
