using Spinewise.Application.Meta;
using Spinewise.Evidence.Plots;

namespace Spinewise.Cli.Plots;

/// <summary>Plot files: the format from the extension (.svg or .png), written to a temporary file and moved into place.</summary>
internal static class PlotFile
{
    /// <summary>Validates a plot path before any work is done; null stays null.</summary>
    public static string? Check(string? path, string option)
    {
        if (path is null) return null;
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is not (".svg" or ".png")) throw new OutputFileException($"{option}: '{path}' must end in .svg or .png");
        OutputFile.Check(option, path);
        return path;
    }

    /// <summary>The format a checked path asks for, from its extension.</summary>
    public static PlotFormat Format(string path) =>
        Path.GetExtension(path).Equals(".svg", StringComparison.OrdinalIgnoreCase) ? PlotFormat.Svg : PlotFormat.Png;

    /// <summary>Writes rendered plot bytes atomically.</summary>
    public static void Write(string path, byte[] image, string option = "plot") => OutputFile.Write(option, path, temp =>
    {
        File.WriteAllBytes(temp, image);
        return true;
    });

    /// <summary>The request without the plot-size options (the CLI accepts them without a plot and ignores them).</summary>
    public static MetaRequest WithoutPlotOptions(MetaRequest request) => request with
    {
        Options = request.Options.Where(o => !o.Key.StartsWith("plot-", StringComparison.Ordinal) && o.Key != "forest-max-rows").ToDictionary(),
    };
}
