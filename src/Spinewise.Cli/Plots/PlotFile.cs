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

    public static void Save(Plot plot, string path, int height, string option = "plot")
    {
        var svg = Path.GetExtension(path).Equals(".svg", StringComparison.OrdinalIgnoreCase);
        OutputFile.Write(option, path, temp =>
        {
            if (svg) plot.SaveSvg(temp, Width, height);
            else plot.SavePng(temp, Width, height);
            return true;
        });
    }
}
