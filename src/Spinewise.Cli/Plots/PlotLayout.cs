using System.CommandLine;
using System.Globalization;
using Spinewise.Cli.Commands.Meta;
using Spinewise.Evidence.Plots;

namespace Spinewise.Cli.Plots;

/// <summary>
/// Plot size options shared by the commands that draw: width and height in pixels at 96 DPI (height by default from
/// the rows drawn), a DPI that scales pixels, lines and text alike, and the row limit of forest plots.
/// </summary>
internal sealed class PlotLayout
{
    /// <summary>Default limit of the study rows a forest plot draws (a taller plot cannot be read).</summary>
    public const int DefaultMaxRows = 200;

    private const int MaxPixels = 20_000;

    public Option<int?> Width { get; } = OptionParsing.Whole("--plot-width", $"Plot width in pixels at 96 DPI (default {PlotSize.DefaultWidth}).", "PX");

    public Option<int?> Height { get; } = OptionParsing.Whole("--plot-height", "Plot height in pixels at 96 DPI (default: from the rows drawn).", "PX");

    public Option<int?> Dpi { get; } = OptionParsing.Whole("--plot-dpi", "Resolution: 96 (default); 192 or 300 scale pixels, lines and text for print.", "DPI");

    public Option<int?> MaxRows { get; } = OptionParsing.Whole("--forest-max-rows", $"Most studies a forest plot draws (default {DefaultMaxRows}); above, the command stops before fitting.", "N");

    public void AddTo(Command command, bool forest)
    {
        command.Options.Add(Width);
        command.Options.Add(Height);
        command.Options.Add(Dpi);
        if (forest) command.Options.Add(MaxRows);
    }

    /// <summary>The size asked for (validated), for the plot renderers.</summary>
    public PlotSize Size(ParseResult parse)
    {
        int? width = Pixels(parse.GetValue(Width), "--plot-width"), height = Pixels(parse.GetValue(Height), "--plot-height");
        int dpi = parse.GetValue(Dpi) ?? 96;
        if (dpi is < 48 or > 600) throw new MetaInputException($"--plot-dpi: {dpi} is outside 48..600");
        return new PlotSize(width, height, dpi / 96.0);
    }

    /// <summary>Stops when a forest plot would draw more study rows than the limit (before any work is done).</summary>
    public void CheckRows(ParseResult parse, int studies)
    {
        int max = parse.GetValue(MaxRows) ?? DefaultMaxRows;
        if (max < 1) throw new MetaInputException($"--forest-max-rows: {max} must be at least 1");
        if (studies > max)
        {
            throw new MetaInputException(string.Create(CultureInfo.InvariantCulture,
                $"--forest: {studies:N0} studies are more than a forest plot draws (limit {max:N0}); raise it with --forest-max-rows N, or leave out --forest"));
        }
    }

    private static int? Pixels(int? value, string option) => value switch
    {
        null => null,
        < 100 or > MaxPixels => throw new MetaInputException($"{option}: {value} is outside 100..{MaxPixels} pixels"),
        _ => value,
    };
}
