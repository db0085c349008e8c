using Spinewise.Application.Meta.Text;

namespace Spinewise.Application.Tests.Meta;

public sealed class SummaryPlainTextTests
{
    [Fact]
    public void Render_Table_FirstColumnLeftOthersRight_BlankLineAroundIt_NoTrailingSpaceOrBlank()
    {
        SummaryBlock[] blocks =
        [
            new SummaryLine(SummaryEmphasis.Heading, "Model Results:", ""),
            new SummaryTable(["", "estimate", ""], [["intrcpt", "-0.7145", "***"], ["ablat", "0.1", ""]]),
            SummaryBlank.Instance,
            new SummaryLine(SummaryEmphasis.Warning, "Warning:", " something"),
            SummaryBlank.Instance,
        ];

        var text = SummaryPlainText.Render(blocks);

        text.ShouldBe("Model Results:\n\n         estimate\nintrcpt   -0.7145  ***\nablat         0.1\n\nWarning: something");
    }

    [Fact]
    public void Render_BlanksInARow_CollapseToOne()
    {
        var text = SummaryPlainText.Render([SummaryLine.Plain("a"), SummaryBlank.Instance, SummaryBlank.Instance, SummaryLine.Plain("b")]);

        text.ShouldBe("a\n\nb");
    }

    [Theory]
    [InlineData(0.00005, "<.0001", "< .0001")]
    [InlineData(0.01234, "0.0123", "= 0.0123")]
    [InlineData(double.NaN, "NA", "= NA")]
    public void PValues_AsMetaforPrintsThem(double p, string cell, string sentence)
    {
        MetaNumberText.P(p).ShouldBe(cell);
        MetaNumberText.PLabel(p).ShouldBe(sentence);
    }
}
