using ScottPlot;
using Spinewise.Cli.Commands.Meta;

namespace Spinewise.Cli.Plots;

/// <summary>Plot files: the format from the extension (.svg or .png), written to a temporary file and moved into place.</summary>
internal static class PlotFile
{
    public const int Width = 900;

    /// <summary>Validates a plot path before any work is done; null stays null.</summary>
    public static string? Check(string? path, string option)
    {
        if (path is null) return null;
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is not (".svg" or ".png")) throw new MetaInputException($"{option}: '{path}' must end in .svg or .png");
        OutputFile.Check(option, path);
        return path;
    }

    /// <summary>Writes the plot at the size asked, or <paramref name="contentHeight"/> (what the rows need) by default.</summary>
    public static void Save(Plot plot, string path, int contentHeight, PlotSize size, string option = "plot")
    {
        plot.ScaleFactor = (float)size.Scale;
        int width = (int)Math.Round((size.Width ?? Width) * size.Scale);
        int height = (int)Math.Round((size.Height ?? contentHeight) * size.Scale);
        var svg = Path.GetExtension(path).Equals(".svg", StringComparison.OrdinalIgnoreCase);
        OutputFile.Write(option, path, temp =>
        {
            if (svg) plot.SaveSvg(temp, width, height);
            else plot.SavePng(temp, width, height);
            return true;
        });
    }
}
