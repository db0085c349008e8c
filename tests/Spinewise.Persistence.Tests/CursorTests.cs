namespace Spinewise.Persistence.Tests;

public sealed class CursorTests
{
    [Fact]
    public void TryParse_ItsOwnToken_GivesTheSameCursor()
    {
        var cursor = new EvaluationCursor(new DateTimeOffset(2026, 3, 1, 8, 0, 0, 123, 456, TimeSpan.Zero), Guid.CreateVersion7());

        var token = cursor.ToString();

        token.Length.ShouldBe(32);
        token.ShouldAllBe(c => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_');
        EvaluationCursor.TryParse(token, out var read).ShouldBeTrue();
        read.ShouldBe(cursor);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-cursor")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA!")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("f_________________________________")]
    public void TryParse_Garbage_IsFalse(string? token) =>
        EvaluationCursor.TryParse(token, out _).ShouldBeFalse();
}
